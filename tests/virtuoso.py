"""A private Virtuoso (Debian's ``virtuoso-opensource``) on 127.0.0.1, for the remote-store tests.

Nothing here touches the system's own Virtuoso database: the server runs from a folder of its
own, with its own ``virtuoso.ini`` (free loopback ports, database files in the folder, the
safety settings ``ResultSetMaxRows`` and ``MaxQueryExecutionTime``), is started with
``virtuoso-t +configfile ... +foreground`` and stopped by its pid.

SPARQL Update over HTTP: Virtuoso's anonymous ``/sparql`` endpoint runs as the SQL user
``SPARQL``, which may only read until it is given the ``SPARQL_UPDATE`` role. :func:`start`
grants it (``GRANT SPARQL_UPDATE TO "SPARQL"`` through ``isql-vt`` as dba/dba, the password of
a fresh database), so the same URL takes queries and updates. That is acceptable only because
the server listens on 127.0.0.1 and holds nothing but test data.

Command line (what ``scripts/virtuoso.sh`` runs)::

    python tests/virtuoso.py install          # apt-get install virtuoso-opensource (as root)
    python tests/virtuoso.py start DIR [--max-rows N] [--max-seconds S]
    python tests/virtuoso.py stop DIR
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

PACKAGE = "virtuoso-opensource"
SERVER = "virtuoso-t"
ISQL = "isql-vt"
STATE = "server.json"  # in the server's folder: pid and URLs, for `stop`
_CHILDREN: dict[int, subprocess.Popen] = {}  # servers started by this process, by pid


class Unavailable(RuntimeError):
    """Virtuoso is not installed, or could not be started; the message says which and why."""


@dataclass
class Virtuoso:
    """A running server: its folder, pid, ports and SPARQL endpoint."""

    folder: str
    pid: int
    sql_port: int
    http_port: int

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def update_url(self) -> str:
        return self.query_url  # the anonymous endpoint, once granted SPARQL_UPDATE

    @property
    def store(self) -> str:
        """The ``--store`` spec for this server."""
        return f"sparql:{self.query_url},{self.update_url}"

    def isql(self, statements: str, timeout: float = 60) -> str:
        """Run SQL statements as dba; raise with Virtuoso's message when one fails."""
        done = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise Unavailable(f"isql-vt {statements!r} failed: {done.stdout}{done.stderr}".strip())
        return done.stdout

    def stop(self, timeout: float = 30) -> None:
        stop(self.pid, timeout)


def installed() -> bool:
    return shutil.which(SERVER) is not None and shutil.which(ISQL) is not None


def install() -> None:
    """Install Debian's package with apt-get when missing (root only); Unavailable otherwise."""
    if installed():
        return
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise Unavailable(
            f"{SERVER} is not installed and cannot be installed here (needs root and apt-get):"
            f" apt-get install -y {PACKAGE}"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", PACKAGE],
    ):
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            raise Unavailable(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    if not installed():
        raise Unavailable(f"{PACKAGE} installed but {SERVER} is not on PATH")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def config(folder: Path, sql_port: int, http_port: int, max_rows: int, max_seconds: int) -> str:
    """A complete ``virtuoso.ini`` whose files all live in ``folder``."""
    folder = folder.resolve()
    vsp = Path("/var/lib/virtuoso-opensource-7/vsp")
    vad = Path("/usr/share/virtuoso-opensource-7/vad")
    return f"""\
; Written by tests/virtuoso.py: a private server on loopback, for tests.
[Database]
DatabaseFile       = {folder}/virtuoso.db
ErrorLogFile       = {folder}/virtuoso.log
LockFile           = {folder}/virtuoso.lck
TransactionFile    = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {folder}/virtuoso-temp.db
TransactionFile    = {folder}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:{sql_port}
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 10
CheckpointInterval       = 60
CaseMode                 = 2
MaxStaticCursorRows      = 5000
AllowOSCalls             = 0
DirsAllowed              = ., {folder}, {vad}
VADInstallDir            = {vad}/
NumberOfBuffers          = 10000
MaxDirtyBuffers          = 6000
MaxQueryMem              = 500M
ThreadsPerQuery          = 2

[HTTPServer]
ServerPort                  = 127.0.0.1:{http_port}
ServerRoot                  = {vsp if vsp.is_dir() else folder}
MaxClientConnections        = 10
DavRoot                     = DAV
EnabledDavVSP               = 0
HTTPProxyEnabled            = 0
ServerThreads               = 10
MaxKeepAlives               = 10
KeepAliveTimeout            = 10
Charset                     = UTF-8
EnabledGzipContent          = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[SPARQL]
ResultSetMaxRows           = {max_rows}
MaxQueryCostEstimationTime = {max_seconds}
MaxQueryExecutionTime      = {max_seconds}
"""


def _answers(url: str) -> bool:
    query = urllib.parse.urlencode({"query": "ASK { }"})
    request = urllib.request.Request(
        f"{url}?{query}", headers={"Accept": "application/sparql-results+json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


def start(
    folder: Path,
    max_rows: int = 10_000,
    max_seconds: int = 30,
    wait: float = 90,
) -> Virtuoso:
    """Write ``folder/virtuoso.ini``, start the server, wait for its SPARQL endpoint, and let
    the anonymous SPARQL user update. :class:`Unavailable` when it cannot."""
    if not installed():
        raise Unavailable(f"{SERVER} not found: apt-get install -y {PACKAGE} (as root)")
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(config(folder, sql_port, http_port, max_rows, max_seconds), encoding="utf-8")
    log = open(folder / "virtuoso.out", "ab")  # noqa: SIM115 (the child keeps it open)
    process = subprocess.Popen(
        [SERVER, "+configfile", str(ini), "+foreground"],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    log.close()
    _CHILDREN[process.pid] = process
    server = Virtuoso(str(folder), process.pid, sql_port, http_port)
    deadline = time.monotonic() + wait
    while not _answers(server.query_url):
        if process.poll() is not None:
            raise Unavailable(f"{SERVER} exited with status {process.returncode}: {_tail(folder)}")
        if time.monotonic() > deadline:
            stop(process.pid)
            raise Unavailable(f"{SERVER} did not answer within {wait:.0f} s: {_tail(folder)}")
        time.sleep(0.25)
    try:
        server.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
    except Unavailable:
        stop(process.pid)
        raise
    (folder / STATE).write_text(json.dumps(asdict(server)), encoding="utf-8")
    return server


def _tail(folder: Path, lines: int = 15) -> str:
    texts = []
    for name in ("virtuoso.out", "virtuoso.log"):
        path = folder / name
        if path.exists():
            texts += path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    return "\n".join(texts) or "(no log)"


def stop(pid: int, timeout: float = 30) -> None:
    """SIGTERM the server (Virtuoso checkpoints and exits), SIGKILL after ``timeout``."""
    child = _CHILDREN.pop(pid, None)
    if child is not None:
        child.terminate()
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # not our child: poll for its end instead
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            done = 0
        if done == pid:
            return
        time.sleep(0.1)
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("install", help=f"apt-get install {PACKAGE} when missing (root)")
    begin = commands.add_parser("start", help="start a private server in DIR")
    begin.add_argument("folder", type=Path)
    begin.add_argument("--max-rows", type=int, default=10_000, help="[SPARQL] ResultSetMaxRows")
    begin.add_argument("--max-seconds", type=int, default=30, help="[SPARQL] MaxQueryExecutionTime")
    end = commands.add_parser("stop", help="stop the server started in DIR")
    end.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "install":
            install()
            print(f"{SERVER}: {shutil.which(SERVER)}")
        elif args.command == "start":
            server = start(args.folder, args.max_rows, args.max_seconds)
            print(f"pid {server.pid}; SPARQL {server.query_url}; --store {server.store}")
        else:
            state = json.loads((args.folder / STATE).read_text(encoding="utf-8"))
            stop(state["pid"])
            (args.folder / STATE).unlink()
            print(f"stopped {state['pid']}")
    except (Unavailable, OSError) as exc:
        print(f"virtuoso: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
