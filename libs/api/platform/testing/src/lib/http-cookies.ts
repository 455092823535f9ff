/** The value of a cookie from a supertest response's Set-Cookie headers. */
export function cookieFrom(setCookie: string[] | string | undefined, name: string): { value: string; raw: string } | undefined {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const raw = list.find((c) => c.startsWith(`${name}=`));
  if (!raw) return undefined;
  return { value: decodeURIComponent(raw.slice(name.length + 1).split(';')[0]), raw };
}
