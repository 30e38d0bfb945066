/** /so-lieu/nhung/khung.js: the embed snippet's listener that fits each frame to its chart. */
import type { APIRoute } from 'astro';
import listener from '~/client/embed-listener.js?raw';

export const GET: APIRoute = () => new Response(listener, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
