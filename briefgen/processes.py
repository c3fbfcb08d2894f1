"""This process as run records and locks name it, and whether a process so named has ended
(the runs it left 'running' are then interrupted, its locks free)."""

from __future__ import annotations

import os
import secrets
import socket


def _name() -> str:
    # host, pid, and a token so a recycled pid (or another container with the same host
    # name) is not taken for this process; the token starts with the pid namespace's id
    return f"{socket.gethostname()}:{os.getpid()}:{_namespace()}-{secrets.token_hex(4)}"


def _namespace() -> str:
    """This process's pid namespace (containers sharing a host name have their own pids)."""
    try:
        return str(os.stat("/proc/self/ns/pid").st_ino)
    except OSError:
        return "0"


PROCESS = _name()  # read as processes.PROCESS where a forked child may run the code


def _forked() -> None:
    global PROCESS
    PROCESS = _name()


if hasattr(os, "register_at_fork"):  # Unix: a worker's pool process is not its parent
    os.register_at_fork(after_in_child=_forked)


def ended(process: str) -> bool:
    """Has `process` (host:pid:token, as PROCESS) ended? Known on its own host and in its own
    pid namespace only: there, its pid no longer exists."""
    host, _, rest = process.partition(":")
    pid, _, token = rest.partition(":")
    namespace = token.partition("-")[0] if "-" in token else _namespace()
    if host != socket.gethostname() or not pid.isdigit() or namespace != _namespace():
        return False  # another machine's or container's: unknown here
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # another user's process: it exists
        pass
    return False
