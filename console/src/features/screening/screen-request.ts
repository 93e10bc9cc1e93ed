import type { ScreenContext, ScreenRequest } from './screen.api';
import type { ContentKind } from './screening.types';

export interface TryItValues {
  kind: ContentKind;
  text: string;
  category?: string;
  price?: number | null;
  wasPrice?: number | null;
  /** The lowest price of the 7 days before the promotion, which a was-price may not exceed. */
  lowestPrice?: number | null;
}

const isAmount = (value: number | null | undefined): value is number => typeof value === 'number';

/** The form's values as a screen request: empty optional fields are left out of the context. */
export function toScreenRequest(values: TryItValues): ScreenRequest {
  const context: ScreenContext = {};
  const category = values.category?.trim();
  if (category) context.category = category;
  if (isAmount(values.price)) context.price = { amount: values.price, currency: 'CNY' };
  if (isAmount(values.wasPrice)) context.wasPrice = { amount: values.wasPrice, currency: 'CNY' };
  if (isAmount(values.lowestPrice))
    context.priceHistory = [{ date: new Date().toISOString(), amount: values.lowestPrice }];
  return {
    kind: values.kind,
    text: values.text,
    ...(Object.keys(context).length > 0 ? { context } : {}),
  };
}
