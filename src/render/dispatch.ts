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

/**
 * Serialises `root` with `handlers`, giving each handler `state` and the walker.
 *
 * @throws {UnknownNodeError} When a node's `type` has no handler (a node from a newer tree,
 *   or a typo in a hand-made one).
 */
export function serialize<Result, State extends object>(
  serializer: string,
  handlers: Handlers<Result, State>,
  root: Node,
  state: State,
): Result {
  const walker = state as State & Walker<Result>;
  walker.one = (node) => {
    const type: unknown = (node as { type?: unknown } | null)?.type;
    // Own properties only: a node typed 'constructor' or '__proto__' is unknown, not an Object method.
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
      throw new UnknownNodeError(String(type), serializer, Object.keys(handlers));
    }
    const handler = handlers[type as NodeType] as (node: Node, state: State & Walker<Result>) => Result;
    return handler(node, walker);
  };
  walker.all = (parent) => parent.children.map((child) => walker.one(child));
  return walker.one(root);
}
