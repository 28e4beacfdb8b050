"""The single-instance server: a `companion …` command run while the app is running is handed
to it (see companion.ipc for the protocol and the client) and runs inside it.

On Linux, macOS and the BSDs the Unix socket is served with the standard library, its
descriptors watched by Qt's event loop (``_UnixListener``): QLocalServer would load QtNetwork,
about 3 MiB of an app idle in the tray. On Windows, where the hand-off is a named pipe,
QLocalServer serves it (``_PipeListener``).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Slot

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalSocket

    from companion.ui.controller import Controller

log = logging.getLogger(__name__)


class InstanceServer(QObject):
    """Answers `companion …` commands handed over by a second process (see companion.ipc).

    Each request runs the same command function the terminal would, inside the app, on the GUI
    thread, so logs from the CLI and the window are serialised and the screens refresh at once.
    Only processes of the same user are heard, and each command id is applied once. How the
    connections are served on each platform: see the module's help.
    """

    def __init__(self, controller: Controller, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from companion import ipc

        self.controller = controller
        self.path = path
        self._listener: _UnixListener | _PipeListener = (
            _PipeListener(self) if ipc.on_windows() else _UnixListener(self)
        )

    def listen(self) -> bool:
        """Listen, clearing a socket left behind by a crash (or held by another user in our
        folder); False when another app of ours listens, even a hung one or another version."""
        from companion import ipc

        try:
            if ipc.send(self.path, ["--ping"]) is not None:
                return False
        except (ipc.AppBusy, ipc.OtherVersion) as error:
            log.warning("single instance: another Companion holds %s: %s", self.path, error)
            return False
        except ipc.ForeignListener as error:
            log.warning("single instance: %s; taking it back", error)
        return self._listener.listen(str(self.path))

    def close(self) -> None:
        self._listener.close()

    def respond(self, data: bytes) -> bytes:
        """The reply to a request line, encoded."""
        from companion import ipc

        try:
            reply = self.handle(ipc.decode(data))
        except (ValueError, UnicodeDecodeError) as error:
            reply = ipc.reply_message(2, stderr=f"companion: bad request: {error}\n")
        return ipc.encode(reply)

    @staticmethod
    def _peer_is_us(socket: QLocalSocket) -> bool:
        """Whether the process behind a named pipe's connection runs as this user (its token's
        user; see companion.ipc)."""
        from companion import ipc

        return ipc.transport().accepted_peer_is_us(int(socket.socketDescriptor()))

    def handle(self, message: dict[str, object]) -> dict[str, object]:
        from companion import ipc
        from companion.cli import UsageError, build_parser, run
        from companion.cli.context import Context
        from companion.store import handoffs

        try:
            request = ipc.read_request(message)
        except ipc.OtherVersion:
            return ipc.reply_message(
                2,
                stderr="companion: this command is from another version of Companion than the "
                "one running, so it was not done. Quit Companion and start it again.\n",
            )
        if request.argv == ["--ping"]:
            return ipc.reply_message(0)
        if request.argv == ["--show"]:
            self.controller.show_window(None)
            return ipc.reply_message(0)
        store, command_id = self.controller.store, request.command_id
        if command_id is not None and handoffs.applied(store, command_id):
            return self._already_done(command_id)
        out, err = io.StringIO(), io.StringIO()
        ctx = Context(
            stdout=out,
            stderr=err,
            clock=self.controller.clock,
            stdin_text=request.stdin,
            app=self.controller,
            _store=store,
            _settings=self.controller.settings,
            _changes=self.controller.changes,
        )
        store.pending_claim = command_id
        try:
            args = build_parser().parse_args(request.argv)
            code = run(args, ctx)
        except UsageError as error:
            err.write(error.message + "\n")
            code = 2
        finally:
            # Still pending after a write was refused: the command ran on its own meanwhile.
            refused = store.pending_claim is not None and handoffs.applied(store, command_id or "")
            store.pending_claim = None
        if refused and command_id is not None:
            return self._already_done(command_id)
        return ipc.reply_message(code, out.getvalue(), err.getvalue())

    @staticmethod
    def _already_done(command_id: str) -> dict[str, object]:
        from companion import ipc

        log.info("single instance: command %s was already done; not done again", command_id)
        return ipc.reply_message(0, stderr="companion: this command was already done.\n")


class _UnixListener(QObject):
    """The app's end of the Unix socket: accepts connections from this user's processes and
    answers one request line on each, without blocking the event loop (QSocketNotifier)."""

    def __init__(self, server: InstanceServer) -> None:
        super().__init__(server)
        self.server = server
        self.name = ""
        self.sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self.peers: set[_Peer] = set()

    def listen(self, name: str) -> bool:
        import socket

        with contextlib.suppress(OSError):
            os.unlink(name)  # a socket (or file) left behind: nobody answered the ping
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(name)
            os.chmod(name, 0o600)  # only this user may connect, before anyone can
            sock.listen(16)
        except OSError as error:
            sock.close()
            log.warning("single instance: cannot listen on %s: %s", name, error)
            return False
        sock.setblocking(False)
        self.name, self.sock = name, sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.on_new_connection)
        return True

    def close(self) -> None:
        for peer in list(self.peers):
            peer.finish()
        if self.sock is None:
            return
        assert self._notifier is not None
        self._notifier.setEnabled(False)
        self.sock.close()
        self.sock = None
        with contextlib.suppress(OSError):
            os.unlink(self.name)

    @Slot()
    def on_new_connection(self) -> None:
        from companion import ipc

        while self.sock is not None:
            try:
                connection, _ = self.sock.accept()
            except BlockingIOError:
                return
            except OSError as error:
                log.warning("single instance: cannot accept a connection: %s", error)
                return
            if not ipc.peer_is_us(connection):
                log.warning("single instance: refused a connection from another user")
                connection.close()
                continue
            connection.setblocking(False)
            self.peers.add(_Peer(connection, self))


class _Peer(QObject):
    """One accepted connection: reads a request line, writes the reply, hangs up."""

    def __init__(self, connection: socket.socket, listener: _UnixListener) -> None:
        super().__init__(listener)
        self.connection = connection
        self.listener = listener
        self.received = b""
        self.reply = memoryview(b"")
        self.finished = False
        self.reader = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self.reader.activated.connect(self.on_readable)
        self.writer: QSocketNotifier | None = None

    @Slot()
    def on_readable(self) -> None:
        from companion import ipc

        while not self.received.endswith(b"\n"):
            try:
                chunk = self.connection.recv(65536)
            except BlockingIOError:
                return  # the rest of the line later
            except OSError:
                chunk = b""
            if not chunk or len(self.received) + len(chunk) > ipc.MAX_MESSAGE:
                self.finish()  # the client hung up, or sent more than any request
                return
            self.received += chunk
        self.reader.setEnabled(False)
        reply = self.listener.server.respond(self.received)
        if self.finished:
            return  # the server was closed while the command ran
        self.reply = memoryview(reply)
        self.writer = QSocketNotifier(self.connection.fileno(), QSocketNotifier.Type.Write, self)
        self.writer.activated.connect(self.on_writable)
        self.on_writable()

    @Slot()
    def on_writable(self) -> None:
        while self.reply:
            try:
                sent = self.connection.send(self.reply)
            except BlockingIOError:
                return  # the rest once the client has read some
            except OSError:
                break  # the client gave up waiting
            self.reply = self.reply[sent:]
        self.finish()

    def finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        for notifier in (self.reader, self.writer):
            if notifier is not None:
                notifier.setEnabled(False)  # before the descriptor is closed
        self.connection.close()
        self.listener.peers.discard(self)
        self.deleteLater()


class _PipeListener(QObject):
    """Windows: QLocalServer's named pipe, which only this user can open; each connection's
    user is checked again from its process token."""

    def __init__(self, server: InstanceServer) -> None:
        super().__init__(server)
        from PySide6.QtNetwork import QLocalServer

        self.server = server
        self.local_server = QLocalServer(self)
        self.local_server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.local_server.newConnection.connect(self.on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, name: str) -> bool:
        self.local_server.removeServer(name)
        if not self.local_server.listen(name):
            log.warning(
                "single instance: cannot listen on %s: %s", name, self.local_server.errorString()
            )
            return False
        return True

    def close(self) -> None:
        self.local_server.close()

    @Slot()
    def on_new_connection(self) -> None:
        while self.local_server.hasPendingConnections():
            socket = self.local_server.nextPendingConnection()
            if not InstanceServer._peer_is_us(socket):
                log.warning("single instance: refused a connection from another user")
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self.on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def on_ready_read(self, socket: QLocalSocket) -> None:
        from PySide6.QtNetwork import QLocalSocket

        from companion import ipc

        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > ipc.MAX_MESSAGE:
            socket.disconnectFromServer()
            return
        if not data.endswith(b"\n"):
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        reply = self.server.respond(data)
        if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            socket.write(reply)  # the client may have given up waiting
            socket.flush()
            socket.disconnectFromServer()
