"""Gunicorn for the load test (benchmarks/load.py): started on an archive with production settings,
its workers found and measured through /proc, its access log read back per worker.

Each worker writes its pid to the ready folder once it has loaded the application
(benchmarks/load_gunicorn.py, a gunicorn config file); the access log gives, per request, the
worker's pid, the status, the time the worker spent on it and the address.
"""

import http.client
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
CONFIG = Path(__file__).with_name("load_gunicorn.py")
ACCESS_FORMAT = "%(p)s %(s)s %(D)s %(C)s %(U)s?%(q)s"  # pid, status, microseconds, CPU seconds, path?query
STATUS_FIELDS = ("VmRSS", "RssAnon", "RssFile", "RssShmem", "VmHWM")
ROLLUP_FIELDS = ("Pss", "Private_Clean", "Private_Dirty")


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    access_log: Path
    ready: Path

    def workers(self) -> list[int]:
        return children(self.process.pid)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=60)


def production_env(workdir: Path, scratch: Path, extra: dict) -> dict:
    """Production settings on the archive in ``workdir`` (the environment's own settings left out, but
    for ``extra``); static files and logs go to ``scratch``."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DISPATCHES_"))}
    return (
        clean
        | {
            "DJANGO_SETTINGS_MODULE": "archive.settings.prod",
            "DJANGO_SECRET_KEY": "load-benchmark-" + "k9Qz-x7Pw-" * 6,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DISPATCHES_DATA_DIR": str(workdir),
            "DISPATCHES_STATIC_ROOT": str(scratch / "static"),
            "DISPATCHES_LOAD_READY": str(scratch / "ready"),
        }
        | extra
    )


def start(workdir: Path, scratch: Path, workers: int, extra_env: dict) -> Server:
    env = production_env(workdir, scratch, extra_env)
    collect = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"]
    subprocess.run(collect, cwd=ROOT, env=env, check=True)
    ready, log, port = scratch / "ready", scratch / "access.log", free_port()
    ready.mkdir(exist_ok=True)
    for stale in [*ready.iterdir(), log]:
        stale.unlink(missing_ok=True)
    command = [sys.executable, "-m", "gunicorn", "archive.wsgi", "--config", str(CONFIG)]
    command += ["--workers", str(workers), "--bind", f"127.0.0.1:{port}"]
    command += ["--access-logfile", str(log), "--access-logformat", ACCESS_FORMAT]
    with (scratch / "gunicorn.log").open("w") as errors:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=errors)
    return Server(process, port, log, ready)


def wait_ready(server: Server, workers: int, timeout=300):
    """Until every worker has loaded the application (it then waits for its first request)."""
    deadline = time.monotonic() + timeout
    while len(list(server.ready.iterdir())) < workers:
        if server.process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(
                f"gunicorn did not start {workers} workers; see {server.ready.parent}/gunicorn.log"
            )
        time.sleep(0.2)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int(_stat_fields(int(entry.name))[1]) == parent:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return sorted(found)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far."""
    fields = _stat_fields(pid)
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int) -> list[str]:
    """/proc/PID/stat after the command name (which may hold spaces): state is [0], ppid [1]."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def memory(pid: int) -> dict[str, float]:
    """Memory of a process in MB: RSS split as Linux counts it (/proc/PID/status: own memory RssAnon,
    file-backed RssFile such as the index's memory map and libraries, shared between workers and with
    the page cache), its peak VmHWM, and from smaps_rollup its proportional share Pss and the pages no
    other process maps (Private)."""
    figures = parse_kb_fields(Path(f"/proc/{pid}/status").read_text(), STATUS_FIELDS)
    rollup = parse_kb_fields(Path(f"/proc/{pid}/smaps_rollup").read_text(), ROLLUP_FIELDS)
    figures["Pss"] = rollup["Pss"]
    figures["Private"] = rollup["Private_Clean"] + rollup["Private_Dirty"]
    return figures


def parse_kb_fields(text: str, names) -> dict[str, float]:
    """``Name:   1234 kB`` lines of a /proc file, the named ones, in MB (absent ones are 0)."""
    figures = dict.fromkeys(names, 0.0)
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name in figures and value.split():
            figures[name] = int(value.split()[0]) / 1024
    return figures


@dataclass(frozen=True)
class Logged:
    pid: int
    status: int
    seconds: float
    cpu: float
    address: str  # unquoted path, "?", query string: see address_key


def read_access_log(path: Path) -> list[Logged]:
    """The requests gunicorn logged, in the order they finished; lines that do not parse are skipped."""
    if not path.exists():
        return []
    return [entry for line in path.read_text(errors="replace").splitlines() if (entry := parse_line(line))]


def parse_line(line: str) -> Logged | None:
    parts = line.split(" ", 4)
    if len(parts) != 5 or not parts[0].startswith("<"):
        return None
    try:
        return Logged(
            int(parts[0].strip("<>")), int(parts[1]), int(parts[2]) / 1e6, float(parts[3]), parts[4]
        )
    except ValueError:
        return None


def address_key(url: str) -> str:
    """An address as the access log shows it: WSGI's PATH_INFO is unquoted, the query string is not."""
    parts = urlsplit(url)
    return f"{unquote(parts.path)}?{parts.query}"


def get(port, path, timeout=120) -> int:
    """The status of a GET of ``path`` on 127.0.0.1:``port`` (its body read and dropped)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()
