"""The hand-off's Windows transport: a named pipe, reached with the standard library only.

QLocalServer on Windows is a named pipe; the app creates it with UserAccessOption, so its access
list lets only this user open it. The pipe namespace is shared by every user, so another user
could create the name first: the client therefore reads the user of the process serving the pipe
from its access token before sending anything, and the app reads the client's the same way.
An end whose user cannot be read is not trusted. Loaded only on Windows (companion.ipc.transport),
so a command elsewhere never pays for it.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from companion.ipc import ForeignListener

if TYPE_CHECKING:
    from types import ModuleType

    from companion.ipc import Stream

# Windows error and wait codes (winerror.h, winbase.h); _winapi does not name them all.
ERROR_FILE_NOT_FOUND = 2
ERROR_ACCESS_DENIED = 5
ERROR_BROKEN_PIPE = 109
ERROR_SEM_TIMEOUT = 121
ERROR_PIPE_BUSY = 231
ERROR_IO_PENDING = 997
WAIT_OBJECT_0 = 0
WAIT_TIMEOUT = 0x102
GENERIC_READ = 0x80000000
GENERIC_WRITE = 0x40000000
OPEN_EXISTING = 3
FILE_FLAG_OVERLAPPED = 0x40000000


def pipe_api() -> ModuleType:
    """The Windows calls the pipe client needs (``_winapi``: CreateFile, WaitNamedPipe,
    overlapped ReadFile/WriteFile); tests stand a fake in for it."""
    import _winapi  # type: ignore[import-not-found,unused-ignore]

    return _winapi  # type: ignore[no-any-return,unused-ignore]


class NamedPipeTransport:
    """A named pipe that only this user can open (the app creates it with UserAccessOption); the
    user of the process at the other end is read from its token on both ends, because another
    user may have created a pipe of the same name first."""

    def connect(self, address: str, timeout: float) -> Stream | None:
        api = pipe_api()
        try:
            # Waits only while every instance is busy; returns at once when the name is free.
            api.WaitNamedPipe(address, max(1, int(timeout * 1000)))
            handle = api.CreateFile(
                address,
                GENERIC_READ | GENERIC_WRITE,
                0,
                0,
                OPEN_EXISTING,
                FILE_FLAG_OVERLAPPED,
                0,
            )
        except OSError as error:
            if getattr(error, "winerror", None) == ERROR_ACCESS_DENIED:
                # Our app's pipe lets us in; one whose access list does not is someone else's.
                raise ForeignListener(
                    f"something else is listening on Companion's pipe {address}"
                ) from error
            return None  # no pipe, or every instance busy: run the command here
        stream = PipeStream(api, handle)
        if pipe_server_user(handle) != current_user():
            stream.close()
            raise ForeignListener(f"something else is listening on Companion's pipe {address}")
        return stream

    def accepted_peer_is_us(self, descriptor: int) -> bool:
        client = pipe_client_user(descriptor)
        return client is not None and client == current_user()


class PipeStream:
    """A pipe handle opened for overlapped I/O, so a read or write can give up after a timeout
    (a plain ReadFile on a pipe waits for ever)."""

    def __init__(self, api: ModuleType, handle: int) -> None:
        self.api = api
        self.handle = handle
        self.timeout: float | None = None

    def settimeout(self, seconds: float) -> None:
        self.timeout = seconds

    def sendall(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            overlapped, _error = self.api.WriteFile(self.handle, bytes(view), overlapped=True)
            written = self._finish(overlapped)
            view = view[written:]

    def recv(self, size: int) -> bytes:
        try:
            overlapped, _error = self.api.ReadFile(self.handle, size, overlapped=True)
            self._finish(overlapped)
        except OSError as error:
            if getattr(error, "winerror", None) == ERROR_BROKEN_PIPE:
                return b""  # the app closed its end after its reply
            raise
        return bytes(overlapped.getbuffer())

    def _finish(self, overlapped: object) -> int:
        """Wait for an overlapped operation within the timeout; the bytes it moved."""
        milliseconds = 0xFFFFFFFF if self.timeout is None else int(self.timeout * 1000)
        event = overlapped.event  # type: ignore[attr-defined]
        if self.api.WaitForMultipleObjects([event], False, milliseconds) == WAIT_TIMEOUT:
            overlapped.cancel()  # type: ignore[attr-defined]
            with contextlib.suppress(OSError):
                overlapped.GetOverlappedResult(True)  # type: ignore[attr-defined]
            raise TimeoutError("the pipe's other end did not answer in time")
        moved, _error = overlapped.GetOverlappedResult(True)  # type: ignore[attr-defined]
        return int(moved)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.api.CloseHandle(self.handle)


def pipe_server_user(handle: int) -> str | None:
    """The user (a SID) running the process that serves a pipe, None when it cannot be read."""
    return _pipe_end_user(handle, server=True)


def pipe_client_user(handle: int) -> str | None:
    """The user (a SID) running the process at the client end of a pipe the app accepted."""
    return _pipe_end_user(handle, server=False)


def current_user() -> str | None:
    return _process_user(os.getpid())


def _pipe_end_user(handle: int, *, server: bool) -> str | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    query = kernel32.GetNamedPipeServerProcessId if server else kernel32.GetNamedPipeClientProcessId
    query.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.ULONG)]
    query.restype = wintypes.BOOL
    pid = wintypes.ULONG()
    if not query(handle, ctypes.byref(pid)):
        return None
    return _process_user(pid.value)


def _process_user(pid: int) -> str | None:
    """The SID, as text, of the user whose token a process runs with; None when the process
    cannot be opened (another user's usually cannot: that answer is never "us")."""
    import ctypes
    from ctypes import wintypes

    process_query_limited_information, token_query, token_user = 0x1000, 0x0008, 1
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    kernel32.LocalFree.argtypes = [wintypes.HLOCAL]
    advapi32.OpenProcessToken.argtypes = [
        wintypes.HANDLE,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.HANDLE),
    ]
    advapi32.GetTokenInformation.argtypes = [
        wintypes.HANDLE,
        ctypes.c_int,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    ]
    advapi32.ConvertSidToStringSidW.argtypes = [ctypes.c_void_p, ctypes.POINTER(wintypes.LPWSTR)]
    process = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not process:
        return None
    try:
        token = wintypes.HANDLE()
        if not advapi32.OpenProcessToken(process, token_query, ctypes.byref(token)):
            return None
        try:
            needed = wintypes.DWORD(0)
            advapi32.GetTokenInformation(token, token_user, None, 0, ctypes.byref(needed))
            buffer = ctypes.create_string_buffer(needed.value)
            if not advapi32.GetTokenInformation(
                token, token_user, buffer, needed, ctypes.byref(needed)
            ):
                return None
            # TOKEN_USER starts with SID_AND_ATTRIBUTES, whose first field is the SID pointer.
            sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]
            text = wintypes.LPWSTR()
            if not advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)):
                return None
            try:
                return text.value
            finally:
                kernel32.LocalFree(text)
        finally:
            kernel32.CloseHandle(token)
    finally:
        kernel32.CloseHandle(process)
