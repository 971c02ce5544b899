"""Keeping signers' personal data safe if the laptop is lost (DESIGN.md, "Personal data").

- `keys`: the organizer's key pair, its private half locked by a passphrase (Argon2id).
- `sealing`: seal personal fields with the public key (works while the kiosk is locked);
  open them with the unlocked private key.
- `blind_index`: slow, salted digests of email, phone and name + address, so a locked
  kiosk can recognise someone signing in twice without storing those values readable.

Plain Python on PyNaCl (libsodium); no Qt here (DESIGN.md, rule 1).
"""
