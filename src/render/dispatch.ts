/**
 * How every serialiser walks the tree: a table of handlers keyed by node type, and one function
 * that looks the handler up and fails loudly when there is none (as hast-util-to-html does).
 */
import { UnknownNodeError } from '../errors.js';
import type { Node, NodeType } from './types.js';

/** The node of the tree that has this `type`. */
export type NodeOfType<T extends NodeType> = Extract<Node, { type: T }>;

/** What a handler gets besides its node: a way to serialise other nodes, and the serialiser's own state. */
export interface Walker<Result> {
  /** Serialises one node with the handler for its type. */
  one(node: Node): Result;
  /** Serialises each child of a node, in order. */
  all(parent: { children: readonly Node[] }): Result[];
}

/** A serialiser's handlers: one per node type, so a missing one is a compile error. */
export type Handlers<Result, State> = {
  [T in NodeType]: (node: NodeOfType<T>, state: State & Walker<Result>) => Result;
};

/** A serialiser made by {@link createSerializer}: writes a node, starting from a fresh state. */
export type Serializer<Result, State> = (root: Node, state: State) => Result;

/**
 * A serialiser from a table of handlers: it walks a tree from any node, calling the handler for
 * each node's type and giving it the serialiser's state and the walker.
 *
 * @param name - The serialiser's name, for error messages (`'html'`).
 * @param handlers - One handler per node type.
 * @returns A function of a root node and a fresh state (to which `one` and `all` are added).
 * @throws {UnknownNodeError} (from the returned function) When a node's `type` has no handler
 *   (a node from a newer tree, or a typo in a hand-made one).
 * @example
 * // A serialiser that writes the type of a node (a real one has a handler of its own per type):
 * const typeOf = createSerializer<string, object>('type', Object.fromEntries(NODE_TYPES.map((type) => [type, () => type])) as never);
 * typeOf({ type: 'text', value: 'x' }, {});
 * //=> 'text'
 * typeOf({ type: 'comment' } as never, {});
 * //=> throws UnknownNodeError: the type serialiser has no handler for node type 'comment' (known: …)
 */
export function createSerializer<Result, State extends object>(
  name: string,
  handlers: Handlers<Result, State>,
): Serializer<Result, State> {
  // A Map, not the object: a node typed 'constructor' or '__proto__' must be unknown, not an Object method.
  const table = new Map<string, (node: Node, state: State & Walker<Result>) => Result>(
    Object.entries(handlers) as [string, (node: Node, state: State & Walker<Result>) => Result][],
  );
  const known = [...table.keys()];
  return (root, state) => {
    const walker = state as State & Walker<Result>;
    walker.one = (node) => {
      const type: unknown = (node as { type?: unknown } | null)?.type;
      const handler = typeof type === 'string' ? table.get(type) : undefined;
      if (handler === undefined) throw new UnknownNodeError(String(type), name, known);
      return handler(node, walker);
    };
    walker.all = (parent) => parent.children.map(walker.one);
    return walker.one(root);
  };
}
