"""A small Language Server Protocol client over a subprocess's pipes, for the server's tests.

Every wait is bounded: a server that hangs fails the test after `TIMEOUT` seconds instead of
hanging the suite.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO, Any

TIMEOUT = 30.0
Message = dict[str, Any]


class Client:
    def __init__(self, command: list[str] | None = None) -> None:
        self.process = subprocess.Popen(
            command or [sys.executable, "-m", "lp_lint", "server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin = self.process.stdin
        self.messages: queue.Queue[Message | None] = queue.Queue()
        self.notifications: list[Message] = []
        self.next_id = 0
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        self.log: list[bytes] = []  # drained as it comes: a full pipe would stall the server
        assert self.process.stderr is not None
        stderr = self.process.stderr
        threading.Thread(
            target=lambda: self.log.extend(iter(stderr.readline, b"")), daemon=True
        ).start()

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: Message) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        reply = self._until(lambda m: m.get("id") == ident and "method" not in m)
        assert "error" not in reply, reply
        return reply.get("result")

    def notification(self, method: str, where: Callable[[Any], bool] = lambda _: True) -> Any:
        """The first notification `method` whose params satisfy `where` (already received or not)."""
        for index, message in enumerate(self.notifications):
            if message["method"] == method and where(message["params"]):
                del self.notifications[index]
                return message["params"]
        found = self._until(lambda m: m.get("method") == method and where(m.get("params")))
        return found["params"]

    def _until(self, wanted: Callable[[Message], bool]) -> Message:
        while True:
            try:
                message = self.messages.get(timeout=TIMEOUT)
            except queue.Empty:
                raise AssertionError(f"no answer from the server in {TIMEOUT} s") from None
            if message is None:
                raise AssertionError("the server stopped: " + self.stderr())
            if wanted(message):
                return message
            if "method" in message and "id" not in message:
                self.notifications.append(message)

    def stderr(self) -> str:
        self.process.kill()
        self.process.wait(timeout=TIMEOUT)
        return b"".join(self.log).decode("utf-8", "replace")

    def diagnostics(self, uri: str, version: int | None = None) -> list[Message]:
        """The diagnostics of `uri` (of that version of the document, when one is given)."""
        params = self.notification(
            "textDocument/publishDiagnostics",
            lambda p: p["uri"] == uri and version in (None, p.get("version")),
        )
        return list(params["diagnostics"])

    def initialize(self, options: Any = None) -> Any:
        result = self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": None,
                "capabilities": {},
                "initializationOptions": options,
            },
        )
        self.notify("initialized", {})
        return result

    def close(self) -> int:
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.process.wait(timeout=TIMEOUT)
