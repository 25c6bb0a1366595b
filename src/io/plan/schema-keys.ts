/**
 * The keys a strict object in the plan schema allows at a given path, so
 * that an unknown key can be answered with the right ones ("rhytm" → "rhythm").
 * Reads zod's definition objects; unions are resolved by their discriminator
 * in the data.
 */
import type { z } from 'zod';
import type { PlanPath } from '../../core/plan/plan-rules/plan-path.js';

interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, SchemaLike>;
  readonly element?: SchemaLike;
  readonly innerType?: SchemaLike;
  readonly in?: SchemaLike;
  readonly options?: readonly SchemaLike[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
}
interface SchemaLike {
  readonly _zod: { readonly def: SchemaDef };
}

export function allowedKeysAt(schema: z.ZodType, data: unknown, path: PlanPath): string[] {
  let current: SchemaLike | undefined = schema as unknown as SchemaLike;
  let value = data;
  for (const segment of path) {
    const def: SchemaDef | undefined = current ? unwrap(current, value)?._zod.def : undefined;
    current = def?.type === 'object' ? def.shape?.[String(segment)] : def?.type === 'array' ? def.element : undefined;
    value = isRecord(value) ? value[String(segment)] : undefined;
  }
  const def = current ? unwrap(current, value)?._zod.def : undefined;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function unwrap(schema: SchemaLike, value: unknown): SchemaLike | undefined {
  const def = schema._zod.def;
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner) return unwrap(inner, value);
  if (def.type !== 'union') return schema;
  const chosen = def.options?.find((option) => {
    const shape = option._zod.def.shape;
    const tag = def.discriminator !== undefined ? shape?.[def.discriminator]?._zod.def.values : undefined;
    return isRecord(value) && def.discriminator !== undefined && tag?.includes(value[def.discriminator]);
  });
  return chosen ?? def.options?.[0];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
