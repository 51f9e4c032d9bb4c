"""Fetch one news page over http(s), politely and safely.

Only the bytes of the page are read: no cookies are kept, nothing is run, and only
html, xhtml and plain-text pages are accepted. Every failure becomes a `FetchError`
whose message is one line for the user.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import functools
import http.client
import re
import socket
import ssl
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from diklat_cli import __version__, i18n
from diklat_cli.i18n import N_
from diklat_cli.i18n import gettext as _

USER_AGENT = f"diklat/{__version__} (+training-visit records; contact via project README)"
DEFAULT_TIMEOUT = 20.0  # seconds, connect + each read
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9"
ACCEPTED_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})

_SCHEMES = ("http", "https")
_ONLY_HTTP = N_("only http and https links are supported")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_CHARSET_NAME = re.compile(r"[a-z0-9][a-z0-9._:+-]{0,39}")
# Characters kept as they are when a pasted link is percent-encoded (RFC 3986 reserved,
# unreserved and "%", so an already encoded link is left alone).
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"
# Servers sometimes label a file text/html; these openings give the real kind away.
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"PK\x03\x04", "application/zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/msword"),
    (b"\x1f\x8b", "application/gzip"),
)


class FetchError(Exception):
    """A page could not be fetched; str() is one line meant for the user."""


@dataclass(frozen=True)
class Page:
    url: str  # the address asked for
    final_url: str  # after redirects, as sent (percent-encoded, no fragment)
    data: bytes
    content_type: str  # e.g. "text/html"
    charset: str | None  # from the Content-Type header, None if absent or unknown
    fetched_at: dt.datetime  # UTC, seconds precision


def is_url(s: str) -> bool:
    """True for text that starts with http:// or https:// (any case)."""
    return s.strip().lower().startswith(("http://", "https://"))


def read_url_list(path: Path) -> list[str]:
    """The links in a text file, one a line; blank lines and `#` comment lines are skipped."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise FetchError(_("{path} is not a UTF-8 text file").format(path=path)) from None
    except OSError as exc:
        raise FetchError(_("cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)) from None
    urls = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line) or _problem(line):
            where = _("{path}, line {number}").format(path=path, number=number)
            raise FetchError(where + ": " + _("not an http(s) link: {link}").format(link=repr(_clean(line, 60))))
        urls.append(line)
    return urls


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Download one html or text page, following at most 5 redirects to http(s) addresses."""
    asked = url.strip()
    problem = _problem(asked)
    if problem:
        raise FetchError(problem)
    current = _normalise(asked)
    opener = _opener()
    for _redirect in range(MAX_REDIRECTS + 1):
        request = urllib.request.Request(current, headers=_headers(), method="GET")
        with _errors(request, timeout):
            response = opener.open(request, timeout=timeout)
        with response, _errors(request, timeout):
            status = response.status
            if status in _REDIRECTS and response.headers.get("Location") is not None:
                current = _redirect_target(current, response.headers["Location"])
                continue
            if not 200 <= status < 300:
                raise FetchError(f"HTTP {status} {_reason(response)}")
            return _read_page(asked, current, response, max_bytes)
    raise FetchError(_("too many redirects"))


# ---------------------------------------------------------------- addresses


def _problem(url: str) -> str | None:
    """Why `url` cannot be fetched, found without any I/O; None when it can."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return _("invalid link: {link}").format(link=repr(_clean(url, 60)))
    if parts.scheme.lower() not in _SCHEMES:
        return _(_ONLY_HTTP)
    if not parts.hostname:
        return _("invalid link (no host name): {link}").format(link=repr(_clean(url, 60)))
    if parts.username is not None or parts.password is not None:
        # urllib would not send them anyway; refusing says so plainly
        return _("links with a user name or password are not supported")
    return None


def _normalise(url: str) -> str:
    """`url` as it goes on the wire: IDNA host, percent-encoded path and query, no fragment."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise FetchError(_("invalid host name: {host}").format(host=repr(_clean(host, 60)))) from None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    # surrogateescape lets raw bytes from a Location header through unchanged
    path = quote(parts.path or "/", safe=_SAFE_PATH, errors="surrogateescape")
    query = quote(parts.query, safe=_SAFE_QUERY, errors="surrogateescape")
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


def _redirect_target(current: str, location: str) -> str:
    # http.client decodes headers as latin-1; recover the bytes the server sent
    with contextlib.suppress(UnicodeEncodeError):
        location = location.encode("latin-1").decode("utf-8", "surrogateescape")
    target = urljoin(current, location.strip())
    problem = _problem(target)
    if problem == _(_ONLY_HTTP):
        raise FetchError(_("redirect to a non-http(s) address refused"))
    if problem:
        raise FetchError(_("bad redirect: {problem}").format(problem=problem))
    return _normalise(target)


# ---------------------------------------------------------------- HTTP


def _opener() -> urllib.request.OpenerDirector:
    # Built by hand so that nothing else is in: no redirect handler (ours checks the
    # scheme), no cookie processor, no file:/ftp:/data: handlers, no error processor
    # (status codes are read here). Proxies from the environment are honoured.
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.ProxyHandler())
    opener.add_handler(urllib.request.HTTPHandler())
    opener.add_handler(urllib.request.HTTPSHandler(context=_tls_context()))
    opener.add_handler(urllib.request.UnknownHandler())  # e.g. a socks5:// proxy setting
    return opener


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # loading the CA certificates is slow, and a context is safe to share
    return ssl.create_default_context()


def _headers() -> dict[str, str]:
    return {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip"}


def _reason(response) -> str:
    reason = _clean(response.reason or "", 60)
    if not reason:
        try:
            reason = HTTPStatus(response.status).phrase
        except ValueError:
            reason = "error"
    return reason


class _errors:
    """Turn whatever urllib, http.client, ssl or socket raise into a FetchError."""

    def __init__(self, request: urllib.request.Request, timeout: float):
        self.request = request
        self.timeout = timeout

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if exc is None or isinstance(exc, (FetchError, KeyboardInterrupt)):
            return False
        if not isinstance(exc, (OSError, http.client.HTTPException, ValueError, zlib.error)):
            return False
        raise FetchError(_describe(exc, self.request, self.timeout)) from None


def _describe(exc: BaseException, request: urllib.request.Request, timeout: float) -> str:
    # request.host is the proxy when one is used, which is what failed then
    host = _clean(urlsplit(f"//{request.host}").hostname or request.host, 80)
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc, urllib.error.HTTPError):
        reason = exc.reason
        if isinstance(reason, str):
            return _("cannot fetch the page: {reason}").format(reason=_clean(reason, 80))
        exc = reason
    if isinstance(exc, socket.gaierror):
        return _("cannot resolve host {host}").format(host=host)
    if isinstance(exc, TimeoutError):
        return _("timed out after {seconds} s").format(seconds=f"{timeout:g}")
    if isinstance(exc, ConnectionRefusedError):
        return _("connection refused by {host}").format(host=host)
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = _clean(exc.verify_message or "", 80)
        return _("cannot verify the TLS certificate of {host}: {reason}").format(host=host, reason=why)
    if isinstance(exc, ssl.SSLError):
        return _("TLS error with {host}: {reason}").format(host=host, reason=_clean(exc.reason or str(exc), 80))
    if isinstance(exc, http.client.IncompleteRead):
        return _("connection to {host} closed before the whole page arrived").format(host=host)
    if isinstance(exc, http.client.InvalidURL):
        return _("invalid link: {link}").format(link=_clean(str(exc), 80))
    if isinstance(exc, (ConnectionError, http.client.HTTPException)):
        return _("bad or broken response from {host}").format(host=host)
    if isinstance(exc, zlib.error):
        return _("damaged compressed data from {host}").format(host=host)
    if isinstance(exc, ValueError):
        return _("invalid link: {link}").format(link=_clean(str(exc), 80))
    why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return _("cannot fetch from {host}: {reason}").format(host=host, reason=_clean(why, 80))


# ---------------------------------------------------------------- body


def _read_page(asked: str, final: str, response, max_bytes: int) -> Page:
    headers = response.headers
    declared = headers.get("Content-Type")
    content_type = headers.get_content_type() if declared else None
    if content_type is not None and content_type not in ACCEPTED_TYPES:
        raise FetchError(_("not an HTML or text page ({kind})").format(kind=_clean(content_type, 60)))
    if response.length is not None and response.length > max_bytes:
        raise FetchError(_too_large(max_bytes))

    decoder = _decoder(headers.get("Content-Encoding", ""))
    parts: list[bytes] = []
    size = received = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        received += len(chunk)
        if received > max_bytes:  # compressed data is counted too: it is buffered after eof
            raise FetchError(_too_large(max_bytes))
        if decoder is not None:
            # max_length caps what one small compressed chunk may blow up into
            chunk = decoder.decompress(chunk, max_bytes - size + 1)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(max_bytes))
        if not parts and chunk:
            content_type = _sniff(chunk, content_type)
        if chunk:
            parts.append(chunk)
    if response.length:  # Content-Length promised more than arrived
        raise http.client.IncompleteRead(b"", response.length)
    if decoder is not None:
        tail = decoder.flush()
        size += len(tail)
        if size > max_bytes:
            raise FetchError(_too_large(max_bytes))
        if not decoder.eof:
            raise zlib.error("stream ended early")
        if not parts and tail:
            content_type = _sniff(tail, content_type)
        parts.append(tail)
    data = b"".join(parts)
    if content_type is None:
        content_type = _sniff(data, None)
    return Page(
        url=asked,
        final_url=final,
        data=data,
        content_type=content_type,
        charset=_charset(headers) if declared else None,
        fetched_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
    )


def _decoder(encoding: str):
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    raise FetchError(_("unsupported content encoding {encoding}").format(encoding=_clean(encoding, 30)))


def _sniff(head: bytes, declared: str | None) -> str:
    """The content type to keep, after a look at the first bytes of the body."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if declared:
                kind = _("{kind}, sent as {type}").format(kind=kind, type=declared)
            raise FetchError(_("not an HTML or text page ({kind})").format(kind=kind))
    if declared is not None:
        return declared
    # no Content-Type: accept what looks like text, as a browser would
    if b"\x00" in head[:1024] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FetchError(_("not an HTML or text page (no content type, looks binary)"))
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1].lower()
    return "text/html" if start == b"<" else "text/plain"


def _charset(headers) -> str | None:
    charset = headers.get_content_charset()
    if not charset or not _CHARSET_NAME.fullmatch(charset):
        return None
    try:
        codecs.lookup(charset)
    except LookupError:
        return None  # a name Python cannot decode helps nobody downstream
    return charset


def _too_large(max_bytes: int) -> str:
    if max_bytes >= 1024 * 1024:
        size = i18n.format_number(max_bytes / (1024 * 1024), decimals=1) + " MB"
    elif max_bytes >= 1024:
        size = i18n.format_number(max_bytes / 1024, decimals=1) + " KB"
    else:
        size = i18n.ngettext("{count} byte", "{count} bytes", max_bytes).format(count=max_bytes)
    return _("page too large: over {size}").format(size=size)


def _clean(text: str, limit: int) -> str:
    """Server-sent text made safe for one terminal line: no control characters, bounded."""
    text = "".join(c if c.isprintable() else " " for c in text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
