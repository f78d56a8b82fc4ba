"""The node collector's configuration: rsyslog (Debian's package) tailing log files, shipping to the gateway.

One rsyslogd per node (a DaemonSet in the cluster, a child process in the tests). Each input names its kind
and its format:

- ``json``: one JSON object per line as the WAF tier writes them (access log, ModSecurity audit log);
- ``cri``: container runtime lines ``<time> <stream> <P|F> <message>`` from /var/log/containers, whose file
  name carries the namespace; lines from the WAF tier's namespace are sorted into access and waf by content;
- ``auditd``: the host's /var/log/audit/audit.log.

Every line gets the labels the store indexes (site, namespace, prefecture, kind) plus the fields a responder
searches (request_id, client, status, rule_ids), and goes to the store of its kind's retention through an
action with a disk-assisted queue: when the store is down the queue spills to disk, survives a restart of the
collector (saveOnShutdown), and the action retries forever, so nothing read is dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from sitegroup.k8s.names import WAF_NS
from sitegroup.logs.policy import KINDS, Retention
from sitegroup.model import Environment

FORMATS = ("json", "cri", "auditd")
WAF_NAMESPACE = WAF_NS  # the WAF tier's container logs hold both access and waf lines
STREAM_FIELDS = ("site", "namespace", "prefecture", "kind")
NO_SITE = "-"  # node audit logs and platform containers: no site owner can see them
_SAFE_PATH = re.compile(r"^/[A-Za-z0-9._/*-]+$")
_SAFE_WORD = re.compile(r"^[A-Za-z0-9._:-]+$")


@dataclass(frozen=True)
class Input:
    path: str  # a file or a glob (imfile)
    kind: str  # access | waf | audit | app; for cri inputs the default kind of non-WAF containers
    format: str = "json"


@dataclass(frozen=True)
class Shipping:
    stores: dict[str, str]  # store name -> http://host:port of that VictoriaLogs
    user: str  # the stores' basic-auth user (-httpAuth.*): collectors and the gateway only
    password: str  # "" with password_file: the cluster's collector reads it from its Secret at start
    queue_max_disk: str = "2g"  # per store; a day of a busy node's logs at the tier's peak
    password_file: str = ""  # rsyslog reads the password from this file (a backtick `cat`): no secret in the conf


def site_table(env: Environment) -> dict:
    """rsyslog lookup table: site id -> prefecture (the namespace is site-<id>, sitegroup.model.Site)."""
    return {
        "version": 1,
        "nomatch": "",
        "type": "string",
        "table": [{"index": s.id, "value": s.prefecture} for s in sorted(env.sites, key=lambda s: s.id)],
    }


def _check(pattern: re.Pattern[str], value: str, what: str) -> str:
    # Values end up inside rsyslog's quoted strings: refuse anything that could close the quote.
    if not pattern.match(value):
        raise ValueError(f"collector {what} {value!r} has characters rsyslog config cannot carry safely")
    return value


def render(inputs: list[Input], retention: Retention, shipping: Shipping, work_dir: Path, table_file: Path,
           node: str) -> str:
    """rsyslog.conf for one node."""
    for i in inputs:
        if i.kind not in KINDS or i.format not in FORMATS:
            raise ValueError(f"collector input {i}: kind must be one of {KINDS}, format one of {FORMATS}")
        _check(_SAFE_PATH, i.path, "path")
    _check(_SAFE_PATH, str(work_dir), "work_dir")
    _check(_SAFE_PATH, str(table_file), "lookup table")
    _check(_SAFE_WORD, node, "node name")
    _check(_SAFE_WORD, shipping.user, "user")
    if '"' in shipping.password or "\\" in shipping.password:
        raise ValueError("collector password must not contain quotes or backslashes")
    if shipping.password_file:
        _check(_SAFE_PATH, shipping.password_file, "password file")
    for store in retention.stores():
        url = shipping.stores.get(store, "")
        if not re.match(r"^https?://[A-Za-z0-9.:\[\]-]+$", url):
            raise ValueError(f"collector: store {store} URL {url!r} must be http(s)://host:port")

    out = [
        "# Rendered by sitegroup (sitegroup/logs/collector.py); do not edit.",
        f'global(workDirectory="{work_dir}" maxMessageSize="256k" parser.escapeControlCharactersOnReceive="on")',
        'module(load="imfile" mode="inotify")',
        'module(load="mmjsonparse")',
        'module(load="omelasticsearch")',
        f'lookup_table(name="sites" file="{table_file}" reloadOnHUP="on")',
        'template(name="sg_now" type="string" string="%timegenerated:::date-rfc3339%")',
        _doc_template(),
    ]
    for i in inputs:
        out.append(f'input(type="imfile" File="{i.path}" Tag="{i.kind}" ruleset="in_{i.format}_{i.kind}" '
                   f'addMetadata="on" reopenOnTruncate="on" PersistStateInterval="100")')
    for fmt, kind in sorted({(i.format, i.kind) for i in inputs}):
        out.append(_input_ruleset(fmt, kind, node))
    out.append(_label_ruleset())
    out.append(_route_ruleset(retention))
    for store in retention.stores():
        out.append(_ship_ruleset(store, shipping, work_dir))
    return "\n".join(out) + "\n"


def _doc_template() -> str:
    fields = ["_msg", "time", *STREAM_FIELDS, "node", "request_id", "client", "status", "method", "host",
              "uri", "rule_ids", "source"]
    lines = ['template(name="sg_doc" type="list" option.jsonf="on") {']
    for f in fields:
        prop = "$!raw" if f == "_msg" else f"$!{f}"
        lines.append(f'  property(outname="{f}" name="{prop}" format="jsonf")')
    lines.append("}")
    return "\n".join(lines)


# The WAF tier's two JSON shapes (sitegroup/waf/render.py log_format waf; ModSecurity SecAuditLogFormat JSON).
# ModSecurity's transaction id is "<site>.<profile>.<cms>.<request_id>" (the nginx map), or the bare id.
_ACCESS = """  set $!kind = "access";
  set $!site = $!e!site;
  set $!request_id = $!e!request_id;
  set $!client = $!e!client;
  set $!status = $!e!status;
  set $!method = $!e!method;
  set $!host = $!e!host;
  set $!uri = $!e!uri;
  set $!time = $!e!time;"""
_WAF = """  set $!kind = "waf";
  set $.tid = $!e!transaction!unique_id;
  if re_match($.tid, "^[a-z0-9-]+[.]") then { set $!site = field($.tid, 46, 1); } else { set $!site = ""; }
  set $!request_id = re_extract($.tid, "[0-9a-f]{32}\\$", 0, 0, "");
  set $!client = $!e!transaction!client_ip;
  set $!status = $!e!transaction!response!http_code;
  set $!method = $!e!transaction!request!method;
  set $!uri = $!e!transaction!request!uri;
  set $!host = $!e!transaction!request!headers!Host;
  set $.rules = "";
  foreach ($.m in $!e!transaction!messages) do {
    set $.rules = $.rules & " " & $.m!details!ruleId;
  }
  set $!rule_ids = ltrim($.rules);
  set $.ts = re_extract($!e!transaction!time_stamp, "^[A-Z][a-z]+ ([A-Z][a-z]+ +[0-9]+ [0-9:]+) ", 0, 1, "");
  if $.ts != "" and parse_time($.ts) > 0 then { set $!time = format_time(parse_time($.ts), "date-rfc3339"); }
  else { set $!time = exec_template("sg_now"); }"""


def _input_ruleset(fmt: str, kind: str, node: str) -> str:
    body = [f'ruleset(name="in_{fmt}_{kind}") {{', f'  set $!node = "{node}";',
            "  set $!source = $!metadata!filename;"]
    if fmt == "json":
        body += ["  set $!raw = $msg;", '  action(type="mmjsonparse" cookie="" container="$!e")']
        body.append(_WAF if kind == "waf" else _ACCESS if kind == "access" else _app_fields())
        body.append('  set $!namespace = "";')
    elif fmt == "auditd":
        body += ['  set $!raw = $msg;', f'  set $!kind = "{kind}";', f'  set $!site = "{NO_SITE}";',
                 '  set $!namespace = "";',
                 '  set $.sec = re_extract($msg, "audit[(]([0-9]+)[.][0-9]+:", 0, 1, "");',
                 '  if $.sec != "" then { set $!time = format_time(cnum($.sec), "date-rfc3339"); }',
                 '  else { set $!time = exec_template("sg_now"); }']
    else:  # cri: <time> <stream> <P|F> <message>; file name <pod>_<namespace>_<container>-<id>.log
        body += [
            '  set $!time = field($msg, 32, 1);',
            '  set $!raw = re_extract($msg, "^[^ ]+ [^ ]+ [^ ]+ (.*)\\$", 0, 1, "");',
            # The file's own name only: a directory above it may contain "_" too.
            '  set $!namespace = re_extract($!metadata!filename, "/[^/_]+_([^/_]+)_[^/]+[.]log\\$", 0, 1, "");',
            f'  if $!namespace == "{WAF_NAMESPACE}" then {{',
            '    set $.j = parse_json($!raw, "\\$!e");',
            '    if $!e!transaction!unique_id != "" then {',
            # The container runtime's time (field 1) is the line's time: drop the file variant's own guess.
            _WAF.split("\n  set $.ts")[0].replace("\n", "\n  "),
            "    } else {",
            _ACCESS.replace("\n", "\n  "),
            "    }",
            '    set $!namespace = "";',
            "  } else {",
            f'    set $!kind = "{kind}";',
            '    if re_match($!namespace, "^site-") then { set $!site = re_extract($!namespace, "^site-(.*)\\$", '
            f'0, 1, ""); }} else {{ set $!site = "{NO_SITE}"; }}',
            "  }",
        ]
    body += ['  call label', "}"]
    return "\n".join(body)


def _app_fields() -> str:
    return '  set $!kind = "app";\n  set $!site = $!e!site;\n  set $!time = exec_template("sg_now");'


def _label_ruleset() -> str:
    # A line whose site the platform does not know (a stray Host header) keeps the sentinel: only the
    # platform's responders see it.
    return "\n".join([
        'ruleset(name="label") {',
        f'  if $!site == "" then {{ set $!site = "{NO_SITE}"; }}',
        '  set $!prefecture = lookup("sites", $!site);',
        f'  if $!site != "{NO_SITE}" and $!namespace == "" then {{ set $!namespace = "site-" & $!site; }}',
        '  call route',
        "}",
    ])


def _route_ruleset(retention: Retention) -> str:
    lines = ['ruleset(name="route") {']
    for kind in KINDS:
        lines.append(f'  if $!kind == "{kind}" then {{ call ship_{_ident(retention.store_of(kind))} }}')
    lines.append("}")
    return "\n".join(lines)


def _ident(store: str) -> str:
    return store.replace("-", "_")


def bulk_url(store_url: str) -> str:
    """The store's Elasticsearch bulk endpoint with the stream labels as query args.

    omelasticsearch appends "/_bulk" to the server string and cannot send VictoriaLogs' VL-* headers; the
    trailing ``sg=`` swallows that suffix as a harmless argument, so the args reach VictoriaLogs intact.
    """
    args = f"_stream_fields={','.join(STREAM_FIELDS)}&_time_field=time&_msg_field=_msg&sg="
    return f"{store_url.rstrip('/')}/insert/elasticsearch/_bulk?{args}"


def _ship_ruleset(store: str, s: Shipping, work_dir: Path) -> str:
    # Straight to the store, not through the gateway: omelasticsearch retries only when it cannot connect
    # (an HTTP 502 from a proxy would be taken as the store rejecting the batch, and the batch dropped).
    # Disk-assisted queue + infinite retries: the store may be down for hours (ADR 0011-i16).
    ident = _ident(store)
    return "\n".join([
        f'ruleset(name="ship_{ident}") {{',
        f'  action(type="omelasticsearch" name="to_{ident}" server="{bulk_url(s.stores[store])}"',
        f'         uid="{s.user}" pwd={_password(s)} template="sg_doc" searchIndex="sitegroup" bulkmode="on"',
        f'         maxbytes="4m" errorFile="{work_dir}/ship-{store}-errors.json"',
        f'         queue.type="LinkedList" queue.filename="q-{store}" queue.size="100000"',
        f'         queue.maxDiskSpace="{s.queue_max_disk}" queue.saveOnShutdown="on" queue.dequeueBatchSize="2000"',
        '         queue.highWatermark="50000" queue.lowWatermark="20000" queue.checkpointInterval="100"',
        '         action.resumeRetryCount="-1" action.resumeInterval="1")',
        "}",
    ])


def _password(s: Shipping) -> str:
    # rsyslog's backtick constant runs only `cat FILE` (no shell): the file's content, read once at start.
    return f"`cat {s.password_file}`" if s.password_file else f'"{s.password}"'


def write_table(env: Environment, path: Path) -> None:
    path.write_text(json.dumps(site_table(env), ensure_ascii=False, indent=1), encoding="utf-8")
