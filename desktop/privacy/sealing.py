"""Sealing personal fields to the organizer's public key, and opening them again.

A `Sealer` needs only the public key, so the kiosk seals every sign-up while locked; once
saved, the laptop itself cannot read it back. An `Opener` needs the private key, which
exists only after the organizer types the passphrase (`keys.unlock`).

Each field is a libsodium sealed box (an anonymous sender's ephemeral key + XSalsa20-
Poly1305): the same text seals differently every time, so equal ciphertexts do not
reveal equal names, and any tampering or a wrong key is detected rather than decoded
into garbage.

Values:
- None stays None (a field the signer left out), so "not given" survives a round trip.
- "" is sealed like any other text and opens as "" (a blob of 48 bytes), so callers
  never have to special-case it and "" and None stay distinct.
- A blob is the UTF-8 text plus 48 bytes, so it does reveal the text's length in bytes.
"""

from __future__ import annotations

from typing import overload

import nacl.exceptions
import nacl.public


class CannotOpen(Exception):
    """A sealed value could not be opened with this private key."""

    def __init__(self) -> None:
        super().__init__(
            "This data cannot be opened with this key: it was sealed with a different "
            "key pair, or it is damaged."
        )


class Sealer:
    """Seals text to a public key. Holds nothing that can open what it seals."""

    def __init__(self, public_key: bytes) -> None:
        # PublicKey checks the length (32 bytes) and raises if it is wrong.
        self._box = nacl.public.SealedBox(nacl.public.PublicKey(public_key))

    @overload
    def seal(self, text: str) -> bytes: ...
    @overload
    def seal(self, text: None) -> None: ...
    def seal(self, text: str | None) -> bytes | None:
        """The sealed UTF-8 of `text`; None for None."""
        if text is None:
            return None
        if not isinstance(text, str):
            # Bytes here would be a caller's mistake that could seal "b'...'" text.
            raise TypeError(f"seal() takes text, not {type(text).__name__}")
        return bytes(self._box.encrypt(text.encode("utf-8")))


class Opener:
    """Opens what a `Sealer` with the matching public key sealed."""

    def __init__(self, private_key: nacl.public.PrivateKey) -> None:
        self._box = nacl.public.SealedBox(private_key)
        self.sealer = Sealer(bytes(private_key.public_key))  # to seal what it learns anew

    @overload
    def open(self, blob: bytes) -> str: ...
    @overload
    def open(self, blob: None) -> None: ...
    def open(self, blob: bytes | None) -> str | None:
        """The text sealed in `blob`; None for None. Raises `CannotOpen` on a wrong key."""
        if blob is None:
            return None
        try:
            plain = self._box.decrypt(bytes(blob))
        except nacl.exceptions.CryptoError:
            # Also raised for blobs that are too short or truncated.
            raise CannotOpen() from None
        try:
            return plain.decode("utf-8")
        except UnicodeDecodeError:
            # Authentic, but not sealed by `Sealer` (which only seals UTF-8).
            raise CannotOpen() from None
