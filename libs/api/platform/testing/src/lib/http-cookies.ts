/** The value of a cookie from a supertest response's Set-Cookie headers. */
export function cookieFrom(setCookie: string[] | string | undefined, name: string): { value: string; raw: string } | undefined {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const raw = list.find((c) => c.startsWith(`${name}=`));
  if (!raw) return undefined;
  return { value: decodeURIComponent(raw.slice(name.length + 1).split(';')[0]), raw };
}

/** Like `cookieFrom`, for a cookie the response must set: a clear failure instead of a non-null assertion. */
export function requiredCookie(setCookie: string[] | string | undefined, name: string): { value: string; raw: string } {
  const cookie = cookieFrom(setCookie, name);
  if (!cookie) throw new Error(`The response sets no cookie ${name} (Set-Cookie: ${JSON.stringify(setCookie)})`);
  return cookie;
}
