// A phrase pasted three times or more (领取免费皮肤，领取免费皮肤，领取免费皮肤) is flood spam, even
// when the keyword-chain scanner cannot see a chain (the first copy glued to other text, prose
// commas between the copies).

const SPLIT = /[\s,，、|｜。.!！?？;；~～]+/gu;
const HAN = /[\u3400-\u9fff]/u;

/** [start, end) from the first to the last copy of a phrase of three Han characters or more seen three times. */
export function findRepeatedPhrase(text: string): [number, number] | undefined {
  const pieces: { start: number; end: number; text: string }[] = [];
  let from = 0;
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(text); ; m = SPLIT.exec(text)) {
    const end = m === null ? text.length : m.index;
    if (end > from) pieces.push({ start: from, end, text: text.slice(from, end) });
    if (m === null) break;
    from = m.index + m[0].length;
  }
  let best: [number, number] | undefined;
  for (let a = 0; a < pieces.length; a++) {
    const p = pieces[a].text;
    if (p.length < 3 || !HAN.test(p)) continue;
    let count = 0;
    let first = -1;
    let last = -1;
    for (const q of pieces) {
      // The first copy may be glued to what precedes it (【福利】点我头像领取免费皮肤).
      if (q.text === p || (q.text.length > p.length && q.text.endsWith(p))) {
        count++;
        if (first === -1) first = q.end - p.length;
        last = q.end;
      }
    }
    if (count >= 3 && (!best || last - first > best[1] - best[0])) best = [first, last];
  }
  return best;
}
