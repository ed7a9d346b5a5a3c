"""CURVE keys for tcp: a server keypair and an allowlist of client public keys.

Layout under the keys directory (mode 0700):
  server.key / server.key_secret    the broker's keypair (ZeroMQ certificate files)
  clients/<name>.key                public keys allowed to connect over tcp (the allowlist)
  own/<name>.key_secret             keypairs made here for local clients (``enclave keys new``)
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import zmq
import zmq.auth

from .addresses import ensure_private_dir

ZAP_DOMAIN = b"enclave"


@dataclass(frozen=True)
class ClientCurve:
    public: bytes
    secret: bytes
    server_public: bytes

    def apply(self, sock: zmq.Socket) -> None:
        sock.curve_publickey = self.public
        sock.curve_secretkey = self.secret
        sock.curve_serverkey = self.server_public


class Keyring:
    def __init__(self, keys_dir: Path):
        self.dir = Path(keys_dir)
        self.clients = self.dir / "clients"
        self.own = self.dir / "own"

    def init(self) -> Path:
        """Create the server keypair once; returns the public key file."""
        for d in (self.dir, self.clients, self.own):
            ensure_private_dir(d)
        public = self.dir / "server.key"
        if not public.exists():
            zmq.auth.create_certificates(self.dir, "server")
            os.chmod(self.dir / "server.key_secret", 0o600)
        return public

    def server_keys(self) -> tuple[bytes, bytes]:
        self.init()
        return zmq.auth.load_certificate(self.dir / "server.key_secret")

    def server_public(self) -> bytes:
        self.init()
        return zmq.auth.load_certificate(self.dir / "server.key")[0]

    def new_client(self, name: str) -> Path:
        """Create a client keypair and allow its public key. Returns the secret file."""
        _check_name(name)
        self.init()
        if (self.clients / f"{name}.key").exists():
            raise FileExistsError(f"a client key named {name!r} exists already")
        public, secret = zmq.auth.create_certificates(self.own, name)
        os.chmod(secret, 0o600)
        shutil.copyfile(public, self.clients / f"{name}.key")
        return Path(secret)

    def allow(self, name: str, public_key_file: Path) -> None:
        _check_name(name)
        self.init()
        zmq.auth.load_certificate(public_key_file)  # refuses a file that is not a certificate
        shutil.copyfile(public_key_file, self.clients / f"{name}.key")

    def revoke(self, name: str) -> bool:
        path = self.clients / f"{name}.key"
        if path.exists():
            path.unlink()
            return True
        return False

    def list(self) -> list[dict]:
        self.init()
        out = []
        for f in sorted(self.clients.glob("*.key")):
            public, _ = zmq.auth.load_certificate(f)
            out.append({"name": f.stem, "public_key": public.decode(),
                        "has_secret_here": (self.own / f"{f.stem}.key_secret").exists()})
        return out

    def client_curve(self, name: str) -> ClientCurve:
        public, secret = zmq.auth.load_certificate(self.own / f"{name}.key_secret")
        return ClientCurve(public, secret, self.server_public())

    def start_authenticator(self, ctx: zmq.Context):
        """ZAP handler that admits only allowlisted client keys (for CURVE sockets)."""
        from zmq.auth.thread import ThreadAuthenticator
        self.init()
        auth = ThreadAuthenticator(ctx)
        auth.start()
        auth.configure_curve(domain=ZAP_DOMAIN.decode(), location=str(self.clients))
        return auth


def _check_name(name: str) -> None:
    if not name or not all(c.isalnum() or c in "-_." for c in name) or name.startswith("."):
        raise ValueError(f"bad key name {name!r}: use letters, digits, '-', '_' and '.'")


def make_server_socket(sock: zmq.Socket, keyring: Keyring) -> None:
    public, secret = keyring.server_keys()
    sock.curve_secretkey = secret
    sock.curve_publickey = public
    sock.curve_server = True
    sock.zap_domain = ZAP_DOMAIN
