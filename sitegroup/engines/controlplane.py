"""A real Kubernetes control plane on 127.0.0.1: etcd, kube-apiserver and kube-controller-manager.

For tests and benchmarks that need the real API machinery (RBAC, admission: PodSecurity, ResourceQuota,
LimitRanger, ServiceAccount, NamespaceLifecycle, ...; the controllers: Deployments, ReplicaSets, Jobs, CronJobs,
quota status, namespace finalization, garbage collection)::

    with ControlPlane(bin_dir, work_dir) as cp:
        cp.kubectl("create", "namespace", "a")
        owner = cp.kubeconfig_for("alice", ["sitegroup:owners:a"], work_dir / "alice.kubeconfig")

There is no scheduler, no kubelet and no container runtime: Pods are created (admitted) and then stay Pending,
unbound, forever. Nothing runs; only the API objects exist.

Admission webhooks are off (DISABLED_ADMISSION_PLUGINS: no pod could serve them); every built-in admission
plugin named in ADMISSION_PLUGINS is on.

Everything listens on 127.0.0.1 only, on ports the kernel reports free, so several control planes can run at once.
Certificates are minted with ``cryptography`` at start, by a CA of each control plane's own whose key stays in
memory (client certificates for any user and groups come from ``kubeconfig_for``). etcd speaks plain HTTP on
loopback and does not fsync: the data is throwaway, and anyone on this host who can reach 127.0.0.1 can read it,
so put nothing secret in it.

``bin_dir`` must hold ``etcd``, ``kube-apiserver``, ``kube-controller-manager`` and ``kubectl``
(``sitegroup.engines.build`` finds or builds them). Logs: ``work_dir/logs/<binary>.log``.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import datetime
import ipaddress
import json
import logging
import os
import shutil
import signal
import socket
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

log = logging.getLogger(__name__)

BINARIES = ("etcd", "kube-apiserver", "kube-controller-manager", "kubectl")
SERVICE_CIDR = "10.96.0.0/16"
SERVICE_ACCOUNT_ISSUER = "https://kubernetes.default.svc.cluster.local"
# Stated explicitly although most are 1.36 defaults: the list is additive to the defaults, and naming them makes
# "quota and Pod Security are enforced here" a visible fact rather than an assumption about a version's defaults.
ADMISSION_PLUGINS = (
    "NamespaceLifecycle",
    "LimitRanger",
    "ServiceAccount",
    "PodSecurity",
    "DefaultStorageClass",
    "ResourceQuota",
)
# Admission webhooks (the charts register cert-manager's and Envoy Gateway's) are served by pods, and no pod ever
# runs here: with these plugins on, every custom resource they watch would be refused ("failed calling webhook"),
# and the API server would look the webhook Service up by DNS, a lookup that leaves 127.0.0.1. The webhook
# configurations are still created and stored (the charts' objects are all tested for admission); they are not
# called. What the webhooks would decide is proven in staging only (docs/deploy.md).
DISABLED_ADMISSION_PLUGINS = ("MutatingAdmissionWebhook", "ValidatingAdmissionWebhook")
_APISERVER_SANS_DNS = (
    "localhost",
    "kubernetes",
    "kubernetes.default",
    "kubernetes.default.svc",
    "kubernetes.default.svc.cluster.local",
)
_LOG_TAIL_LINES = 40
_PORT_ATTEMPTS = 3  # a port picked free can be taken by someone else before the engine binds it


class ControlPlaneError(RuntimeError):
    """The control plane could not start (the message carries the failing process's log tail) or a call failed."""


def missing_binaries(bin_dir: Path) -> list[str]:
    """The names in BINARIES that are not executable files in ``bin_dir``."""
    return [name for name in BINARIES if not os.access(Path(bin_dir) / name, os.X_OK)]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _pem_cert(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _write_private(path: Path, data: bytes) -> None:
    # Created 0600 from the start (no window where another local user could read a key).
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def _key_usage(*, signs_certificates: bool) -> x509.KeyUsage:
    """ECDSA keys sign: the CA signs certificates (and CRLs), a leaf only its TLS handshakes."""
    return x509.KeyUsage(digital_signature=True, key_cert_sign=signs_certificates, crl_sign=signs_certificates,
                         content_commitment=False, key_encipherment=False, data_encipherment=False,
                         key_agreement=False, encipher_only=False, decipher_only=False)


class _CA:
    """A throwaway certificate authority. ECDSA P-256: key generation is instant, unlike RSA."""

    def __init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sitegroup-controlplane-ca")])
        now = datetime.datetime.now(datetime.UTC)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))  # tolerate a little clock skew
            .not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_key_usage(signs_certificates=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256())
        )

    def issue(self, common_name: str, organizations: list[str] | tuple[str, ...] = (), *, server: bool = False,
              dns: tuple[str, ...] = (), ips: tuple[str, ...] = ()) -> tuple[bytes, bytes]:
        """A leaf certificate and its key, both PEM. Kubernetes reads the user from CN and the groups from O."""
        key = ec.generate_private_key(ec.SECP256R1())
        attrs = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, o) for o in organizations]
        attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
        now = datetime.datetime.now(datetime.UTC)
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name(attrs))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(signs_certificates=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH if server
                                                  else ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False)
        )
        if dns or ips:
            names: list[x509.GeneralName] = [x509.DNSName(d) for d in dns]
            names += [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return _pem_cert(builder.sign(self.key, hashes.SHA256())), _pem_key(key)


class ControlPlane:
    """etcd + kube-apiserver + kube-controller-manager on 127.0.0.1, started from the binaries in ``bin_dir``.

    ``start()`` returns once ``/readyz`` is ok, the ``default`` and ``kube-system`` namespaces exist and the
    controller-manager has created the ``default/default`` ServiceAccount (so its controllers are running).
    ``stop()`` ends every process (SIGTERM, then SIGKILL after ``stop_timeout``). Usable as a context manager.
    """

    def __init__(self, bin_dir: Path, work_dir: Path, *, start_timeout: float = 90.0,
                 stop_timeout: float = 10.0) -> None:
        self.bin_dir = Path(bin_dir)
        self.work_dir = Path(work_dir)
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
        self.pki_dir = self.work_dir / "pki"
        self.log_dir = self.work_dir / "logs"
        self.port: int | None = None  # the API server's secure port
        self.start_seconds: float | None = None  # how long the last start() took
        self._ca: _CA | None = None
        self._procs: dict[str, subprocess.Popen[bytes]] = {}

    # -- public -------------------------------------------------------------------------------------------------

    @property
    def server(self) -> str:
        """The API server's URL, https://127.0.0.1:<port>."""
        if self.port is None:
            raise ControlPlaneError("control plane not started")
        return f"https://127.0.0.1:{self.port}"

    @property
    def ca_file(self) -> Path:
        """The CA certificate (PEM) that signed the API server's serving certificate."""
        return self.pki_dir / "ca.crt"

    @property
    def admin_kubeconfig(self) -> Path:
        """A kubeconfig for user ``admin`` in group ``system:masters`` (context ``sitegroup-dev``)."""
        return self.work_dir / "admin.kubeconfig"

    @property
    def pids(self) -> dict[str, int]:
        """The running processes' ids by binary name (each leads its own process group); empty when stopped."""
        return {name: proc.pid for name, proc in self._procs.items()}

    def start(self) -> ControlPlane:
        missing = missing_binaries(self.bin_dir)
        if missing:
            raise ControlPlaneError(f"missing in {self.bin_dir}: {', '.join(missing)}")
        if self._procs:
            raise ControlPlaneError("control plane already started")
        began = time.monotonic()
        for attempt in range(1, _PORT_ATTEMPTS + 1):
            try:
                self._start_once()
                break
            except ControlPlaneError as exc:
                self.stop()
                if "address already in use" not in str(exc) or attempt == _PORT_ATTEMPTS:
                    raise
                log.info("a port was taken meanwhile; retrying with new ports: %s", exc)
            except BaseException:
                self.stop()
                raise
        atexit.register(self.stop)  # a test run that forgets stop() (or crashes) leaves no engines behind
        self.start_seconds = time.monotonic() - began
        log.info("control plane on %s ready in %.1f s", self.server, self.start_seconds)
        return self

    def stop(self) -> None:
        """End every process of this control plane and wait for them; safe to call twice."""
        atexit.unregister(self.stop)
        # Controller-manager and API server first: they would otherwise log etcd connection errors while stopping.
        for group in (("kube-controller-manager", "kube-apiserver"), ("etcd",)):
            procs = [(n, self._procs.pop(n)) for n in group if n in self._procs]
            for _, proc in procs:
                self._signal(proc, signal.SIGTERM)
            for name, proc in procs:
                try:
                    proc.wait(self.stop_timeout)
                except subprocess.TimeoutExpired:
                    log.warning("%s did not stop within %.0f s; killing it", name, self.stop_timeout)
                    self._signal(proc, signal.SIGKILL)
                    proc.wait()

    def __enter__(self) -> ControlPlane:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def kubeconfig_for(self, user: str, groups: list[str], path: Path, context: str = "sitegroup-dev") -> Path:
        """Mint a client certificate for ``user`` in ``groups`` and write a self-contained kubeconfig to ``path``.

        The certificate and key are embedded, so the file can be copied anywhere; it is written 0600.
        """
        if self._ca is None or self.port is None:
            raise ControlPlaneError("control plane not started")
        cert, key = self._ca.issue(user, groups)
        config = {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [{"name": context, "cluster": {
                "server": self.server, "certificate-authority-data": _b64(_pem_cert(self._ca.cert))}}],
            "users": [{"name": user, "user": {"client-certificate-data": _b64(cert), "client-key-data": _b64(key)}}],
            "contexts": [{"name": context, "context": {"cluster": context, "user": user}}],
            "current-context": context,
        }
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # JSON is YAML, and every kubeconfig reader (client-go, kubectl, Pulumi's provider) accepts it.
        _write_private(path, json.dumps(config, indent=2).encode())
        return path

    def kubectl(self, *args: str, kubeconfig: Path | None = None, stdin: str | None = None, check: bool = True,
                timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
        """Run the control plane's kubectl (as admin unless ``kubeconfig`` is given); text output captured.

        With ``check``, a non-zero exit raises ControlPlaneError carrying kubectl's stderr.
        """
        argv = [str(self.bin_dir / "kubectl"), "--kubeconfig", str(kubeconfig or self.admin_kubeconfig), *args]
        result = subprocess.run(argv, input=stdin, capture_output=True, text=True, timeout=timeout,
                                env=self._child_env())
        if check and result.returncode != 0:
            raise ControlPlaneError(f"kubectl {' '.join(args)} exited {result.returncode}: {result.stderr.strip()}")
        return result

    # -- start-up -----------------------------------------------------------------------------------------------

    def _start_once(self) -> None:
        etcd_port, peer_port, self.port, kcm_port = (_free_port() for _ in range(4))
        self._write_pki()
        self.log_dir.mkdir(parents=True, exist_ok=True)
        etcd_dir = self.work_dir / "etcd"
        # A fresh member each time: a data dir from an earlier attempt remembers other peer ports.
        shutil.rmtree(etcd_dir, ignore_errors=True)
        etcd_url = f"http://127.0.0.1:{etcd_port}"
        peer_url = f"http://127.0.0.1:{peer_port}"
        self._spawn("etcd", [
            "--name", "sitegroup",
            "--data-dir", str(etcd_dir),
            "--listen-client-urls", etcd_url,
            "--advertise-client-urls", etcd_url,
            "--listen-peer-urls", peer_url,
            "--initial-advertise-peer-urls", peer_url,
            "--initial-cluster", f"sitegroup={peer_url}",
            "--initial-cluster-state", "new",
            # Throwaway data: fsync is most of etcd's write latency on a laptop or a CI disk.
            "--unsafe-no-fsync",
            # A lone member still waits one election timeout before it leads (1 s by default, 1.2 s measured);
            # with no peers there is nothing a short timeout could destabilise.
            "--heartbeat-interval", "10",
            "--election-timeout", "100",
            "--log-level", "warn",
        ])
        self._wait("etcd", lambda: self._get(f"{etcd_url}/health", tls=False) == 200)

        pki = self.pki_dir
        self._spawn("kube-apiserver", [
            "--etcd-servers", etcd_url,
            "--bind-address", "127.0.0.1",
            "--advertise-address", "127.0.0.1",
            "--secure-port", str(self.port),
            "--cert-dir", str(self.work_dir / "kube-apiserver"),
            "--tls-cert-file", str(pki / "apiserver.crt"),
            "--tls-private-key-file", str(pki / "apiserver.key"),
            "--client-ca-file", str(pki / "ca.crt"),
            "--authorization-mode", "Node,RBAC",
            "--enable-admission-plugins", ",".join(ADMISSION_PLUGINS),
            "--disable-admission-plugins", ",".join(DISABLED_ADMISSION_PLUGINS),
            # An aggregated API (APIService) is reached through its Endpoints, never a DNS lookup of its Service.
            "--enable-aggregator-routing=true",
            # As kubeadm and managed clusters run it. The default (false) would refuse privileged Pods in Pod
            # validation, before PodSecurity: a test could then pass here for a namespace production leaves open.
            "--allow-privileged=true",
            "--service-account-issuer", SERVICE_ACCOUNT_ISSUER,
            "--service-account-key-file", str(pki / "sa.pub"),
            "--service-account-signing-key-file", str(pki / "sa.key"),
            "--service-cluster-ip-range", SERVICE_CIDR,
            # The "kubernetes" Service's Endpoints would point at 127.0.0.1, which Endpoints validation refuses
            # (loopback); nothing here routes to Services anyway.
            "--endpoint-reconciler-type", "none",
        ])
        self._wait("kube-apiserver /readyz", lambda: self._get(f"{self.server}/readyz") == 200)

        self._spawn("kube-controller-manager", [
            "--kubeconfig", str(pki / "kube-controller-manager.kubeconfig"),
            "--bind-address", "127.0.0.1",
            "--secure-port", str(kcm_port),
            "--cert-dir", str(self.work_dir / "kube-controller-manager"),
            # Each controller acts as its own ServiceAccount, as in a real cluster, so RBAC is what production has.
            "--use-service-account-credentials",
            "--service-account-private-key-file", str(pki / "sa.key"),
            "--root-ca-file", str(pki / "ca.crt"),
            "--service-cluster-ip-range", SERVICE_CIDR,
            "--leader-elect=false",
            # At the default 20 requests/s the start-up (a ServiceAccount and a token for each of ~40 controllers,
            # through one client) takes ~5 s; the only API server here is ours and otherwise idle.
            "--kube-api-qps", "500",
            "--kube-api-burst", "1000",
        ])
        for name in ("default", "kube-system"):
            self._wait(f"namespace {name}", lambda n=name: self._get(f"{self.server}/api/v1/namespaces/{n}") == 200)
        self._wait("ServiceAccount default/default (controller-manager running)",
                   lambda: self._get(f"{self.server}/api/v1/namespaces/default/serviceaccounts/default") == 200)

    def _write_pki(self) -> None:
        pki = self.pki_dir
        pki.mkdir(parents=True, exist_ok=True)
        ca = self._ca = _CA()
        (pki / "ca.crt").write_bytes(_pem_cert(ca.cert))
        service_ip = str(next(ipaddress.ip_network(SERVICE_CIDR).hosts()))
        cert, key = ca.issue("kube-apiserver", server=True, dns=_APISERVER_SANS_DNS, ips=("127.0.0.1", service_ip))
        (pki / "apiserver.crt").write_bytes(cert)
        _write_private(pki / "apiserver.key", key)
        # The ServiceAccount token signing pair (ES256).
        sa_key = ec.generate_private_key(ec.SECP256R1())
        _write_private(pki / "sa.key", _pem_key(sa_key))
        (pki / "sa.pub").write_bytes(sa_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
        # Files, not only kubeconfigs: the readiness probes here use them through ssl.
        cert, key = ca.issue("admin", ["system:masters"])
        (pki / "admin.crt").write_bytes(cert)
        _write_private(pki / "admin.key", key)
        # kubeconfig_for embeds self.server: _start_once has picked the port before calling this.
        self.kubeconfig_for("admin", ["system:masters"], self.admin_kubeconfig)
        self.kubeconfig_for("system:kube-controller-manager", [], pki / "kube-controller-manager.kubeconfig")

    @staticmethod
    def _child_env() -> dict[str, str]:
        env = dict(os.environ)
        # A developer's KUBECONFIG must never redirect one of these processes to another cluster.
        env.pop("KUBECONFIG", None)
        return env

    def _spawn(self, name: str, args: list[str]) -> None:
        log_path = self.log_dir / f"{name}.log"
        with open(log_path, "wb") as out:
            # Own session, hence own process group: stop() signals the group, and a Ctrl-C aimed at the test run's
            # group does not kill the engines behind the test run's back (stop() does that, in order).
            self._procs[name] = subprocess.Popen(
                [str(self.bin_dir / name), *args], stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                cwd=self.work_dir, env=self._child_env(), start_new_session=True)
        log.debug("started %s (pid %d), log %s", name, self._procs[name].pid, log_path)

    def _wait(self, what: str, ready: Callable[[], bool]) -> None:
        began = time.monotonic()
        deadline = began + self.start_timeout
        delay = 0.05
        while True:
            self._check_alive()
            if ready():
                log.debug("%s after %.2f s", what, time.monotonic() - began)
                return
            if time.monotonic() > deadline:
                raise ControlPlaneError(f"timed out after {self.start_timeout:.0f} s waiting for {what}\n"
                                        + "\n".join(self._log_tail(n) for n in self._procs))
            time.sleep(delay)
            delay = min(delay * 1.5, 0.5)

    def _check_alive(self) -> None:
        for name, proc in self._procs.items():
            if proc.poll() is not None:
                raise ControlPlaneError(f"{name} exited with status {proc.returncode} during start\n"
                                        + self._log_tail(name))

    def _log_tail(self, name: str) -> str:
        path = self.log_dir / f"{name}.log"
        try:
            lines = path.read_text(errors="replace").splitlines()[-_LOG_TAIL_LINES:]
        except OSError as exc:
            return f"--- {path}: {exc}"
        return f"--- last {len(lines)} lines of {path}:\n" + "\n".join(lines)

    def _get(self, url: str, *, tls: bool = True) -> int | None:
        """The HTTP status of GET url (as admin over TLS), or None when nothing answers yet."""
        handlers: list[urllib.request.BaseHandler] = [urllib.request.ProxyHandler({})]  # never via a proxy
        if tls:
            ctx = ssl.create_default_context(cafile=str(self.ca_file))
            ctx.load_cert_chain(self.pki_dir / "admin.crt", self.pki_dir / "admin.key")
            handlers.append(urllib.request.HTTPSHandler(context=ctx))
        try:
            with urllib.request.build_opener(*handlers).open(url, timeout=5) as resp:
                return resp.status
        except urllib.error.HTTPError as exc:
            return exc.code
        except (urllib.error.URLError, OSError):
            return None

    @staticmethod
    def _signal(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
        # Only while the leader is unreaped: after that its pid (= the group id) may belong to someone else.
        if proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)  # the group: a child the binary might have left behind goes too


__all__ = ["ADMISSION_PLUGINS", "BINARIES", "DISABLED_ADMISSION_PLUGINS", "ControlPlane", "ControlPlaneError",
           "missing_binaries"]
