import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

const pending = new WeakMap<QueryRunner, Array<() => unknown>>();
const hooked = new WeakSet<DataSource>();

/** Runs queued callbacks once the outermost transaction of a query runner committed; drops them on rollback. */
class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (queryRunner.isTransactionActive) return; // only a savepoint was released
    const callbacks = pending.get(queryRunner);
    pending.delete(queryRunner);
    callbacks?.forEach((fn) => void Promise.resolve().then(fn));
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) pending.delete(queryRunner);
  }
}

/**
 * Runs `fn` after the caller's transaction commits (immediately when there is none). An outbox job
 * enqueued inside a transaction could otherwise reach the worker before its row is visible, and
 * a rolled-back row would still produce a job. Resolves when `fn` ran (no transaction) or was queued.
 */
export async function runAfterCommit(manager: EntityManager | undefined, fn: () => unknown): Promise<void> {
  const runner = manager?.queryRunner;
  if (!manager || !runner?.isTransactionActive) {
    await fn();
    return;
  }
  const ds = manager.connection;
  if (!hooked.has(ds)) {
    ds.subscribers.push(new AfterCommitSubscriber());
    hooked.add(ds);
  }
  const list = pending.get(runner) ?? [];
  list.push(fn);
  pending.set(runner, list);
}
