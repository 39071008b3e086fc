// react-dom ships no types and @types/react-dom is not installed: the one call the Smart Forms test page makes.
declare module 'react-dom/client' {
  export function createRoot(container: Element): { render(node: unknown): void };
}
