// A value built on first use: lexicons that only some documents need (English) cost nothing at
// start-up. The proxy forwards every property, binding methods to the built value.
export function lazy<T extends object>(build: () => T): T {
  let value: T | null = null;
  const real = (): T => (value ??= build());
  return new Proxy({} as T, {
    get(_t, prop) {
      const v = Reflect.get(real(), prop) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(real()) : v;
    },
    has: (_t, prop) => Reflect.has(real(), prop),
  });
}
