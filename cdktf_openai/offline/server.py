"""The plugin process: go-plugin's handshake and the gRPC server Terraform connects to.

Terraform starts a provider as a child process, with ``TF_PLUGIN_MAGIC_COOKIE`` and (for
go-plugin's automatic mutual TLS) ``PLUGIN_CLIENT_CERT`` in its environment, and reads one line
from its standard output: ``1|6|unix|<socket>|grpc|<server certificate>``.

This follows ``tf.runner.run_provider`` (PyPI ``tf``) with two changes: the server's key and
certificate are those the install made (``tls.json`` in the install folder, named by
``CDKTF_OPENAI_DOUBLE_TLS`` in the plugin script; ``tf`` caches a private key under
``~/.cache``, outside the project and the temporary folder), or made in memory when there are
none, and the socket lives in a fresh temporary folder that is removed on exit. Making a key
costs a third of the process's start, and Terraform starts the plugin two to five times per
command.
"""

from __future__ import annotations

import base64
import datetime
import json
import os
import sys
import tempfile
import time
from concurrent import futures
from typing import Any

#: The cookie Terraform sets for its provider plugins (go-plugin's handshake).
MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE"
MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2"
#: The variable the plugin script sets to the install's ``tls.json`` (see :func:`tls_file_text`).
TLS_VARIABLE = "CDKTF_OPENAI_DOUBLE_TLS"
#: How long a certificate the install makes is valid.
TLS_VALIDITY = datetime.timedelta(days=30)
#: A certificate this close to its end is not used (the install makes a new one).
TLS_MARGIN = datetime.timedelta(days=1)


def _certificate(
    validity: datetime.timedelta = datetime.timedelta(days=1),
) -> tuple[bytes, bytes, bytes]:
    """Return a fresh self-signed ``localhost`` certificate: (DER, PEM, private key PEM).

    Args:
        validity: How long it is valid.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + validity)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=True,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return (
        certificate.public_bytes(serialization.Encoding.DER),
        certificate.public_bytes(serialization.Encoding.PEM),
        key_pem,
    )


def tls_file_text() -> str:
    """A new key and certificate for an install's ``tls.json`` (valid :data:`TLS_VALIDITY`)."""
    der, pem, key_pem = _certificate(TLS_VALIDITY)
    return json.dumps(
        {
            "expires": time.time() + TLS_VALIDITY.total_seconds(),
            "der": base64.b64encode(der).decode(),
            "pem": pem.decode(),
            "key": key_pem.decode(),
        }
    )


def tls_file_is_current(path: str | os.PathLike[str]) -> bool:
    """Whether an install's ``tls.json`` holds a key and certificate to use.

    Args:
        path: The file; usable when readable and not within :data:`TLS_MARGIN` of its end.
    """
    return _installed_certificate(path) is not None


def _installed_certificate(path: str | os.PathLike[str]) -> tuple[bytes, bytes, bytes] | None:
    try:
        with open(path, encoding="utf-8") as file:
            entry = json.load(file)
        if float(entry["expires"]) < time.time() + TLS_MARGIN.total_seconds():
            return None
        return base64.b64decode(entry["der"]), entry["pem"].encode(), entry["key"].encode()
    except (OSError, ValueError, KeyError, TypeError):
        return None


def serve() -> int:
    """Run the provider double until Terraform stops it.

    Returns:
        The process's exit status: 0, or 1 when not started by Terraform.
    """
    if os.environ.get(MAGIC_COOKIE_KEY) != MAGIC_COOKIE_VALUE:
        print(
            "This is the cdktf-openai provider double, a Terraform plugin: Terraform starts it.\n"
            "To use it, run `cdktf-openai-offline install DIRECTORY` and point "
            "TF_CLI_CONFIG_FILE at the file it prints.",
            file=sys.stderr,
        )
        return 1

    import grpc
    from tf.gen import grpc_controller_pb2 as controller_pb
    from tf.gen import grpc_controller_pb2_grpc as controller_rpc
    from tf.gen import grpc_stdio_pb2_grpc as stdio_rpc
    from tf.gen import tfplugin_pb2_grpc as plugin_rpc
    from tf.runner import _ShutdownInterceptor

    from cdktf_openai.offline.provider import DoubleServicer

    stopper = _ShutdownInterceptor()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4), interceptors=[stopper])
    stopper.server = server
    plugin_rpc.add_ProviderServicer_to_server(DoubleServicer(), server)

    class Controller(controller_rpc.GRPCControllerServicer):  # type: ignore[misc]
        def Shutdown(self, request: Any, context: Any) -> Any:  # noqa: N802
            stopper.stopped = True
            return controller_pb.Empty()

    class Stdio(stdio_rpc.GRPCStdioServicer):  # type: ignore[misc]
        def StreamStdio(self, request: Any, context: Any) -> Any:  # noqa: N802
            return iter([])

    controller_rpc.add_GRPCControllerServicer_to_server(Controller(), server)
    stdio_rpc.add_GRPCStdioServicer_to_server(Stdio(), server)

    installed = _installed_certificate(os.environ.get(TLS_VARIABLE) or os.devnull)
    der, pem, key_pem = installed or _certificate()
    credentials = grpc.ssl_server_credentials([(key_pem, pem)])
    with tempfile.TemporaryDirectory(prefix="cdktf-openai-double-") as folder:
        socket_path = os.path.join(folder, "plugin.sock")
        server.add_secure_port(f"unix://{socket_path}", credentials)
        server.start()
        certificate = base64.b64encode(der).decode().rstrip("=")
        print(f"1|6|unix|{socket_path}|grpc|{certificate}", flush=True)
        try:
            while server.wait_for_termination(0.05):  # True: timed out, still serving
                if stopper.stopped:
                    break
        except KeyboardInterrupt:
            pass
        server.stop(grace=0.2)
    return 0


if __name__ == "__main__":
    sys.exit(serve())
