import { defineMessages } from '../../i18n/define-messages';

export const auditMessages = defineMessages(
  {
    title: '审计日志',
    subtitle: '只追加、哈希链接的变更记录：每条记录都包含前一条的哈希，任何篡改都会使链条断裂。',
    seq: '序号',
    at: '时间',
    actor: '操作人',
    action: '动作',
    subject: '对象',
    reason: '理由',
    none: '尚无审计记录。',
    verify: '校验哈希链',
    verifiedOk: '哈希链完整：已校验 {{checked}} 条记录。',
    verifiedBroken: '哈希链在第 {{seq}} 条记录处断裂（已校验 {{checked}} 条）。',
    brokenDetail: '记录 {{id}}：{{reason}}',
  },
  {
    title: 'Audit log',
    subtitle: 'Append-only, hash-chained record of changes: each entry holds the hash of the one before, so any tampering breaks the chain.',
    seq: 'Seq',
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    subject: 'Subject',
    reason: 'Reason',
    none: 'No audit entries yet.',
    verify: 'Verify chain',
    verifiedOk: 'The chain is intact: {{checked}} entries checked.',
    verifiedBroken: 'The chain breaks at entry {{seq}} ({{checked}} entries checked).',
    brokenDetail: 'Entry {{id}}: {{reason}}',
  },
);
