"""Queries run in worker processes that can be stopped.

rdflib has no query timeout and a query cannot be interrupted from another thread, so the
server hands every query to a pool of worker processes, each holding the built graph. A task
that overruns its deadline has its worker killed and replaced (in the background); the other
workers go on answering.

    pool = WorkerPool(Path("."), store=None, size=2)
    pool.start()
    pool.run(("call", "quotes", {"speaker": "Whyte"}), timeout=10)
    pool.close()

A task is a tuple handed to :func:`graph.tasks.perform` inside the worker; its answer (or
its :class:`~graph.problems.InputError`) comes back pickled.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from graph.problems import InputError, Problem

__all__ = ["PoolBusy", "QueryTimeout", "WorkerCrashed", "WorkerPool"]

_CONTEXT = multiprocessing.get_context("spawn")


class QueryTimeout(Exception):
    """The task ran past its deadline; its worker was stopped."""


class PoolBusy(Exception):
    """No worker became free within the deadline."""


class WorkerCrashed(Exception):
    """The worker died while running the task."""


def _worker_main(conn: Connection, project: str, store: str | None) -> None:
    """Load the graph once, then answer tasks until the parent goes away."""
    from graph import tasks

    try:
        state = tasks.load(Path(project), store)
    except InputError as error:
        conn.send(("failed", error))
        return
    except Exception as error:  # pragma: no cover - reported to the parent
        conn.send(("failed", InputError([Problem(project, None, "", f"cannot load: {error}")])))
        return
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = ("ok", tasks.perform(state, task))
        except InputError as error:
            answer = ("error", error)
        except Exception as error:
            answer = ("error", InputError([Problem("query", None, "", f"failed: {error}")]))
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """``size`` worker processes, each holding the graph of ``project`` loaded from ``store``."""

    def __init__(self, project: Path, store: str | None = None, size: int = 2):
        self.project = str(Path(project).resolve())
        self.store = store
        self.size = max(1, size)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    # --- starting and stopping ---------------------------------------------------------------

    def _spawn(self, wait: float = 600.0) -> _Worker:
        parent, child = _CONTEXT.Pipe()
        process = _CONTEXT.Process(
            target=_worker_main, args=(child, self.project, self.store), daemon=True
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        if not parent.poll(wait):
            self._drop(worker)
            raise InputError([Problem(self.project, None, "", "worker did not start in time")])
        try:
            status, detail = parent.recv()
        except EOFError:
            self._drop(worker)
            raise InputError(
                [Problem(self.project, None, "", "worker died while loading")]
            ) from None
        if status != "ready":
            self._drop(worker)
            raise detail
        return worker

    def _drop(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop()

    def start(self) -> None:
        """Start every worker and wait until each has loaded the graph (errors raise here)."""
        for _ in range(self.size):
            self._idle.put(self._spawn())

    def _replace_later(self) -> None:
        def run() -> None:
            try:
                worker = self._spawn()
            except Exception:  # pragma: no cover - the pool shrinks; logged by the server
                return
            if self._closed:
                self._drop(worker)
            else:
                self._idle.put(worker)

        threading.Thread(target=run, name="kg-worker-restart", daemon=True).start()

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()

    def __enter__(self) -> WorkerPool:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- running tasks -----------------------------------------------------------------------

    def run(self, task: tuple, timeout: float) -> Any:
        """Run ``task`` in a free worker; raise on timeout, a busy pool, or a dead worker."""
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise PoolBusy(f"every worker stayed busy for {timeout:g} s") from None
        try:
            worker.conn.send(task)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._drop(worker)
                self._replace_later()
                raise QueryTimeout(f"stopped after {timeout:g} s")
            status, answer = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._drop(worker)
            self._replace_later()
            raise WorkerCrashed("the query worker died") from None
        self._idle.put(worker)
        if status == "error":
            raise answer
        return answer
