/** Our design tokens in the NL Design System token-file shape (src/data/token-list.ts). */
import type { APIRoute } from 'astro';
import { tokenList } from '../data/token-list';

export const GET: APIRoute = () => new Response(`${JSON.stringify(tokenList(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
