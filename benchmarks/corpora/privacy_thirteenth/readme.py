"""README renderer for p13 (all lists computed from the built records)."""
import gen_prose
import gen_types
from readme_text import CONVENTIONS, DECODER_DOC, GUESSED, JUDGEMENT, SOURCES, STRUCTURED


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def _cnt(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return d


def render(pos, ev, neg, report):
    st = report["stats"]
    spans = [s for r in pos for s in r["secrets"]]
    tcount = _cnt(s["type"] for s in spans)
    src = _cnt(r["source"] for r in pos)
    conts = sorted({r["container"] for r in pos})
    rec_types = {r["type"] for r in pos}
    encs = _cnt(r["encoding"] for r in ev)
    evtypes = _cnt(r["type"] for r in ev)
    classes = _cnt(r["class"] for r in neg)
    negbase = sorted({r["container"].split("__")[0] for r in neg})
    L = []
    a = L.append
    a("# privacy_thirteenth (p13) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector. Everything is produced by "
      "`build.py` and its modules (`gen_common.py`, `gen_types.py`, `gen_containers_a.py`, `gen_containers_b.py`, "
      "`gen_vendor.py`, `gen_passwords.py`, `gen_prose.py`, `gen_keys.py`, `gen_misc.py`, `gen_evasion_containers.py`, "
      "`gen_evasions.py`, `gen_negatives.py`, `checks.py`, `readme.py`, `readme_text.py`): Python 3 standard library "
      "only, fixed `random.Random` seeds per module (13001-13006), no clock, no environment, no network. "
      "`python3 build.py` regenerates the three JSONL files and this README; it runs all checks first and writes "
      "nothing if one fails. The builder never opened, listed or searched the detector's code; the only project files "
      "read were the privacy_eleventh and privacy_twelfth READMEs (schema, conventions, already-used types / container "
      "kinds / encodings / languages).\n")
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | %d distinct record types; %d span types absent from the p11/p12 lists; "
      "container kinds all absent from the p11/p12 lists (checked by base name) |"
      % (len(pos), len(spans), len(tcount), len(conts), len(rec_types), len(st["new_types"])))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings, none used as an encoding name by p11/p12 |"
      % (len(ev), len(ev), len(evtypes), len({r['container'] for r in ev}), len(encs)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |\n" % (len(neg), len({r['container'] for r in neg}), len(classes)))
    a("Record schema (same as privacy_twelfth): positives have `id` (`p13-s-NNNN`), `type` (= type of the first span by "
      "position), `container`, `text`, `secrets` (list of `value`, `start`, `end`, `type`, optional `plain`), `source`. "
      "Evasions (`p13-e-NNNN`) add a record-level `encoding`; their single span has `plain` (the clean secret), "
      "`encoding` (same name) and, for `xor_key_decimal_list` only, `encoding_key` (the XOR byte, which the text also "
      "states). Negatives (`p13-n-NNNN`) have `id`, `class`, `container`, `text`, `source`. Offsets are Python "
      "code-point offsets; `text[start:end] == value`.\n")
    a("## Conventions\n")
    a(CONVENTIONS)
    a("## Categories (positives)\n")
    a("| source module | records | what |\n|---|---|---|")
    a("| `gen_vendor` | %d | one record per vendor/structured type (%d types in `gen_types.py`) in %d generic containers "
      "(`gen_containers_a.py`: code in ~60 languages/constructs not used before – Nim, Zig, Haxe, Racket, Clojure, Guile, "
      "Common Lisp, OCaml, F#, Haskell, Erlang, Prolog, Tcl, awk, Groovy, Scala, Kotlin script, Dart, Raku, Pharo, "
      "Objective-C, Swift, Vala, D, Chapel, Elm, PureScript, ReScript, CoffeeScript, Hack, ABAP, PL/SQL, Apex, CFML, "
      "Free Pascal, Forth, Eiffel, Ballerina, Mojo, Jsonnet, Dhall, Nickel, Starlark, Power Query M, KQL, Stata, SAS, "
      "SPSS, Mathematica, Maple, Octave, Verilog, VHDL, REXX, JCL, AutoIt, LibreOffice Basic, Nushell; scientific "
      "(Snakemake, Nextflow, CWL, WDL, SLURM, PBS, HTCondor, Quarto, R Markdown, Zeppelin, Databricks, SageMaker, "
      "Gaussian, LAMMPS, GROMACS, OpenFOAM, ROOT, Geant4, CellProfiler, KNIME, Igor, Origin, ANSYS) and embedded "
      "(Arduino, MicroPython, CircuitPython, ESPHome, Tasmota, Klipper, Yocto, Buildroot, Mbed, OpenOCD, west); "
      "`gen_containers_b.py`: logs (nginx error, IIS, HAProxy, squid, journald, docker, kubectl, CloudWatch, GELF, "
      "promtail, fluentd, logstash, Windows event XML, Sysmon, unified log, logcat), crash reports (iOS .ips, WER, "
      "Python/Java/.NET/Node/PHP/Ruby traces, core strings, valgrind, gdb), CI output (step summary, GitLab trace, "
      "Buildkite, Drone, Woodpecker, Concourse, Tekton, Semaphore, AppVeyor, Bitbucket, Codefresh, Harness, "
      "Jenkinsfile, Cirrus, Zuul), HTTP traces (curl -v, wget debug, HAR, mitmproxy, Fiddler, ZAP), cloud audit logs, "
      "shell histories (bash, zsh, fish, PSReadLine, doskey, screen, asciinema, Termius), tickets and chat (Jira wiki, "
      "ServiceNow, GitHub, Gitea, Phabricator, OTRS, Freshservice, Plane, Taiga, Kanboard, Mantis, Rocket.Chat, ZNC, "
      "Synapse, Keybase, Wire, Discourse, Reddit, Stack Overflow), OCR/screenshot text, PDF text, VTT, e-mail, notes "
      "apps, process supervisors and KV stores, DB dumps, CMS/site generators and front-end build configs); records "
      "reusing a container or every sixth record are wrapped (`__in_forgejo_pr_review`, `__in_lark_message_card`, "
      "`__in_kagi_assistant_prompt`, `__in_mastodon_toot_draft`, `__in_jitsi_meet_chat`, `__in_nextcloud_deck_card`) |"
      % (src.get("gen_vendor", 0), len(gen_types.types()), len({r["container"].split("__")[0] for r in pos if r["source"] == "gen_vendor"})))
    a("| `gen_passwords` | %d | human-chosen passwords and typed secrets in bespoke syntaxes: installers (MDT "
      "CustomSettings, Install-ADDSForest DSRM, VCSA JSON, Proxmox answer.toml, AutoYaST, archinstall, OpenBSD "
      "install.conf, Armbian preset, Yocto extrausers, Buildroot, NixOS initialPassword, SQL Server setup, dbca, "
      "hdblcm, ovftool), network gear/VPN/Wi-Fi (Cisco IOS/ASA, Arista, VyOS, ProCurve, strongSwan, NetworkManager, "
      "netsh, Android WifiConfigStore, Wi-Fi QR, iwd, netplan, OpenVPN auth file, SoftEther, DD-WRT), databases and "
      "brokers (.pgpass, my.cnf, DB2, BTEQ, SnowSQL, Firebird, hdbsql, vsql, cqlshrc, CouchDB, arangosh, etcdctl, "
      "OpenSearch, RabbitMQ, ActiveMQ, NATS, Prometheus, Alertmanager, VictoriaMetrics, Sentinel, EMQX), CI "
      "(Concourse, jenkins-cli), IoT/home (Zigbee2MQTT, Home Assistant, go2rtc, openHAB, ZoneMinder, Tasmota, "
      "ring-mqtt, ESPHome OTA), game servers (Minecraft RCON, ARK, Source, Palworld, Terraria, 7 Days to Die, Arma 3, "
      "Enshrouded, OpenTTD, Rust, Project Zomboid), mail (Postfix, msmtp, fetchmail, mbsync, mutt, aerc, Exim, "
      "OfflineIMAP, Roundcube, Stalwart, Zimbra), desktop apps (FileZilla, Pidgin, HexChat, Sublime SFTP, .netrc, "
      "s3cmd, Kodi, RustDesk, phpMyAdmin, VirtualBox, vmrun), scientific/embedded (JupyterHub, OMERO, HTCondor, "
      "U-Boot env, ESP-AT, PlatformIO OTA) |" % src.get("gen_passwords", 0))
    a("| `gen_prose` | %d | chat/prose in %d languages or scripts absent from p11/p12 (%s; the `_latn` codes are "
      "romanized chat: Russian translit, Japanese romaji, pinyin, romanized Korean, Greeklish, Finglish, Tanglish, "
      "Roman Urdu, Banglish) – Wi-Fi passwords, server logins and vendor tokens – in 12 message-export containers "
      "(Threema, LINE, KakaoTalk, Viber, Pidgin HTML log, Briar, Mastodon DM, Twitch IRC log, SimpleX, qTox, Jami, "
      "Delta Chat); container kind `<container>__<lang>` |" % (src.get("gen_prose", 0), len(gen_prose.LANGS), ", ".join(gen_prose.LANGS)))
    a("| `gen_misc` | %d | private keys (GCP service-account JSON with RSA PKCS#8, PKCS#1 RSA from `ansible-vault decrypt`, "
      "base64 SEC1 P-256 in a Kubernetes TLS Secret, SEC1 P-384, PKCS#8 Ed448 and X25519, DSA, two age keys, SSH.com "
      "SSH2 key, PKCS#12 + export password in Jenkins XML), wallet keys (testnet/Litecoin/Dogecoin WIF, Tezos edsk, "
      "Cardano signing key), session cookies (GitLab, CodeIgniter, ASP.NET Core, Moodle, Drupal, Flask, Keycloak, "
      "Authelia, Redmine), connection strings (AMQP, SQLAlchemy, JDBC, ODBC, dbt, MongoDB SRV, rediss, SMTP URL, Kafka "
      "JAAS, NATS, FTP, git credential store, davfs2) and multi-secret files (AWS credentials with two profiles, rclone "
      "S3+B2, Supabase env) |\n" % src.get("gen_misc", 0))
    a("### Span types in positives\n")
    a(", ".join("`%s` (%d)" % (t, tcount[t]) for t in sorted(tcount)) + "\n")
    a("Span types also present in the p11/p12 lists (%d, reused common names in new containers): %s\n"
      % (len(st["type_overlap"]), _bt(st["type_overlap"]) or "none"))
    a("### Container kinds in positives\n")
    a(_bt(conts) + "\n")
    a("### Evasion encodings\n")
    a(", ".join("`%s` (%d)" % (e, encs[e]) for e in sorted(encs)) + "\n")
    a(DECODER_DOC)
    a("Evasion credential types: " + ", ".join("`%s` (%d)" % (t, evtypes[t]) for t in sorted(evtypes)) + "\n")
    a("Evasion containers: " + _bt(sorted(r["container"] for r in ev)) + "\n")
    a("### Negative classes\n")
    a("| class | records |\n|---|---|")
    for c in sorted(classes):
        a("| `%s` | %d |" % (c, classes[c]))
    a("\nNegative containers: %d base kinds (8 per class); the first seven of each class are instantiated twice with "
      "fresh fillers, the second copy wrapped (`__in_pr_comment_quote`, `__in_slack_thread_paste`, `__in_wiki_code_block`). "
      "Base kinds: %s\n" % (len(negbase), _bt(negbase)))
    a("## Checks run by build.py before writing\n")
    a("- ids unique across the three files; every record survives a JSON round trip\n"
      "- positives and evasions: every span re-sliced (`text[start:end] == value`), sorted, non-overlapping, no edge "
      "whitespace; record type == first span type\n"
      "- positives: every labelled value occurs in its text exactly as often as it is labelled; no value is reused across records\n"
      "- structured formats: %d GitHub tokens (`ghu_`/`ghr_`, base62 CRC32 of the 30-char body), %d PEM bodies "
      "(base64 -> DER SEQUENCE of consistent length; escaped / base64-wrapped spans checked through `plain`), %d age "
      "keys (bech32 checksum), %d WIF keys (Base58Check)\n"
      "- evasions: one span each with `plain` and `encoding`; every span decodes back to `plain` with the decoder above; "
      "the encoded value occurs once, `plain` never appears verbatim and is not a positive value\n"
      "- negatives: no duplicate texts; none contains any positive value, evasion value or evasion plain (length >= 6); "
      "no private-key block, `AGE-SECRET-KEY-1` or checksum-valid GitHub token\n"
      "- counts and breadth: 380-440 positives, >= 150 span types (>= 200 new), >= 300 container kinds; 80-100 "
      "evasions over >= 18 encodings; 200-240 negatives in >= 14 classes\n"
      "- when the two brief READMEs are present, every container kind (and its base before `__`), span type and "
      "encoding is compared with their backticked names (container/encoding overlaps fail the build; span-type "
      "overlaps are printed and listed above)\n"
      "- determinism: all randomness from per-module `random.Random` streams with constant seeds; no clock, "
      "environment, set-iteration order or network influences output\n" % (st["n_gh"], st["n_pem"], st["n_bech"], st["n_b58"]))
    a("## Judgement calls\n")
    a(JUDGEMENT)
    a("Name-only types (no distinctive prefix; recognisable only from the variable / field name or surrounding "
      "text): %s\n" % _bt(sorted(gen_types.NAME_ONLY)))
    a("## Guessed or partly guessed shapes\n")
    a(GUESSED)
    a("## Checksummed or structured formats generated for real\n")
    a(STRUCTURED)
    a("## Sources consulted (formats only)\n")
    a(SOURCES)
    return "\n".join(L) + "\n"
