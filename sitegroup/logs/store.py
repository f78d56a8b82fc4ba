"""The VictoriaLogs stores: one per distinct retention of the policy, each with the flags that make it safe.

Retention is the store's own: ``-retentionPeriod`` drops every whole day (UTC partition) older than it, hourly
and at start. ``/delete/*`` stays disabled (no ``-delete.enable``) and the partition/force-merge endpoints get
an auth key nobody outside the store's own Secret knows: retention is the only deletion. Everything else needs
basic auth that only the collectors and the gateway hold.
"""

from __future__ import annotations

from pathlib import Path

HTTP_PORT = 9428


def store_args(days: int, data_dir: Path | str, listen: str, internal_key: str | None, user: str | None,
               password: str | None) -> list[str]:
    """The flags; with None for the secrets they are left to -envflag.enable and Secret-backed env vars."""
    if days < 1:
        raise ValueError("VictoriaLogs keeps at least one day")
    args = [
        f"-storageDataPath={data_dir}",
        f"-httpListenAddr={listen}",
        f"-retentionPeriod={days}d",
        # Backfill (a collector draining its queue after an outage) is accepted up to the retention itself.
        "-futureRetention=1d",
        "-loggerLevel=WARN",
    ]
    if internal_key is None or user is None or password is None:
        return [*args, "-envflag.enable"]
    return [
        *args,
        f"-partitionManageAuthKey={internal_key}",
        f"-forceMergeAuthKey={internal_key}",
        f"-logNewStreamsAuthKey={internal_key}",
        f"-forceFlushAuthKey={internal_key}",
        # Every other request needs the platform's credentials: collectors write with them, the gateway
        # reads with them on behalf of responders and owners; nobody else gets them.
        f"-httpAuth.username={user}",
        f"-httpAuth.password={password}",
    ]


# The same secrets as environment variables (-envflag.enable: dots become underscores).
SECRET_ENV = ("partitionManageAuthKey", "forceMergeAuthKey", "logNewStreamsAuthKey", "forceFlushAuthKey",
              "httpAuth_username", "httpAuth_password")
