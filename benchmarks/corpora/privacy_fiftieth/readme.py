"""README generator (from the data, deterministic)."""
import random
from collections import Counter

import gen_everyday
import gen_vendor
import gen_passwords
import gen_prose
import gen_evasions
import gen_negatives
from gen_encodings import ENC


def bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(pos, evs, neg, langs, deny, own, nm):
    L = []
    a = L.append
    src = Counter(r["source"] for r in pos)
    nspans = sum(len(r["secrets"]) for r in pos)
    ptypes = {s["type"] for r in pos for s in r["secrets"]}
    pkinds = {r["container"] for r in pos}
    a("# privacy_fiftieth (p50) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**on-call and incident work** (pager alerts, runbooks, postmortems, chatops bot transcripts, status-page drafts, ticket "
      "exports, bridge-call notes, war-room logs, monitoring output) **and hospital / laboratory IT** (LIS middleware and "
      "analyzer host links, HL7 / MLLP interface engines, PACS and DICOM nodes, modality worklists, biomedical engineering "
      "tickets, downtime procedures, sequencing-core uploaders). Everything is produced by `build.py` and its modules "
      "(`common.py`, `denylist.py`, `gen_everyday.py`, `gen_vendor.py`, `gen_passwords.py`, `gen_prose.py`, "
      "`gen_encodings.py`, `gen_decoders.py`, `gen_evasions.py`, `gen_negatives.py`, `readme.py`, plus the frozen deny-list "
      "`brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (5001 everyday, 5002 vendor, 5003 "
      "positional passwords, 5004 prose, 5005 evasions, 5006 negatives), no clock, no environment, no network. "
      "`python3 build.py` generates everything twice in one process, compares the bytes, runs every check and %d mutation "
      "tests, and only then writes the three JSONL files and this README.\n" % nm)
    a("**Independence.** The builder never saw the detector's code: nothing under the project was opened, listed or searched "
      "except this output directory (created with `mkdir -p`; its parent was never listed), and git was never run in the "
      "project. The only project material read were the two READMEs of earlier corpora supplied in `/tmp/brief50/` "
      "(they describe p48 and p49). Every backticked name and every snake_case identifier in them (widened by their `__` "
      "parts), every `code` (Name) language pair and every word of their text are frozen in `brief_names.json` (%d names, "
      "%d language entries, %d words; `python3 build.py --freeze` wrote it once); when `/tmp/brief50/` exists the build "
      "re-extracts them and fails if they differ. The build fails on any case-insensitive overlap (whole name and each `__` "
      "part) of the corpus's %d own names: everyday container kinds, vendor types and styles, positional-password span types "
      "and presentation suffixes, prose formats and the prose span type, encodings, evasion wordings, negative base kinds, "
      "wrappers, documentation kinds, the new negative class name and the new everyday type `ldap_bind_password`. A prose "
      "language fails the build if its code is a frozen name, language entry or README word, or if any word of its English "
      "name occurs in the READMEs (this excluded, among the candidates tried, Portuguese `pt`, Czech `cs`, Icelandic `is`, "
      "Turkish `tr`, Hindi `hi`, Indonesian `id`, Malay `ms`, Somali `so`, Occitan `oc`, Italian `it`, Norwegian `no`, "
      "Sesotho `st`, Odia `or`, Assamese `as`, Twi `ak`, Tongan `to` – all because the code is an English word or token in the "
      "READMEs). Everyday span types (all but `ldap_bind_password`), evasion credential types and 15 of the 16 negative class "
      "names deliberately repeat earlier names.\n" % (len(deny["names"]), len(deny["languages"]), len(deny["words"]), len(own)))
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), nspans, len(ptypes), len(pkinds), src["everyday"], src["vendor"], src["password"], src["prose"], len(langs)))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(evs), len(evs), len({r["type"] for r in evs}), len({r["container"] for r in evs}), len(ENC)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |\n" % (
        len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    a("Schema (same as the earlier corpora): positives `id` (`p50-s-NNNN`), `type` (= type of the first span), `container`, "
      "`text`, `secrets` (list of `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). "
      "Evasions (`p50-e-NNNN`) have the same fields plus a record-level `encoding`; their single span has `plain` (the clean "
      "secret) and `encoding`; `source` is `evasion`. Negatives (`p50-n-NNNN`): `id`, `class`, `container`, `text`, `source` "
      "(`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale (30-minute hard time box).** Nothing was scaled down by count: everyday 180 = 45 kinds × 4; vendor %d types "
      "(asked ~120) in 12 styles; positional passwords %d syntaxes (asked ~100); prose 40 in 40 languages and 10 formats "
      "(4 each); evasions 66 = 22 × 3; negatives %d (15 classes × 2 base kinds × 6 presentations + 5 documentation records). "
      "What the time box cost: one sentence meaning for all prose and no native-speaker review; one span per record; one "
      "template per container kind (values, users, hosts, times and numbers vary); two base kinds per negative class; shape "
      "look-ups limited to the gitleaks default rules and a dozen Kingfisher rule files; a README generated from the data "
      "with little polishing.\n" % (src["vendor"], src["password"], len(neg)))
    a("## Conventions\n")
    a("- A span covers only the credential: the value after `KEY=` / `key:` / an INI, YAML, XML, JSON or HCL field / a flag or "
      "switch (separate, attached as in `rar -hp…`, or after a colon as in `winrs -p:` and `cmdkey /pass:`) / a positional "
      "argument (not quotes); the password only inside `user:password@` URLs (PostgreSQL, Redis, MySQL, SFTP, vSphere, "
      "ovftool, SQLAlchemy), after `user%` in `smbclient -U`, after `user:` in `curl -u`, `check_http -a`, `etcdctl --user`, "
      "`jenkins-cli -auth`, `splunk -auth` and Postfix `sasl_passwd` lines, after `user/` in Oracle `sqlplus`, `expdp` and "
      "`rman` connect strings. Prefixes that belong to a value stay inside (`R0`, `dt0c01.`, `essu_`, `cu_`, `xaat-`, "
      "`xapt-`, `1000.`, `hbp_`, `ATATT3`, `lin_api_`, `perm:`, `KEY`, `mlsn.`, `re_`, `os_v2_app_`, `GOCSPX-`, `IQoJb3JpZ2luX2Vj`, "
      "`dor_v1_`, `LUFRPT1`, `00`, `US:`, `ops_`, `0.`, `tskey-auth-`, `pat.`, `API-`, `eyJ0eXAiOiAiVENWMiJ9.`, `11`, `ptr_`, "
      "`token-`, `sha256~`, `dapi`, `sbp_`, `pscale_tkn_`, `napi_`, `pcsk_`, `hf_`, `r8_`, `gsk_`, `lsv2_pt_`, `pplx-`, `sk_`, "
      "`sk-ant-admin01-`, `inc_`, `fhb-`, `rootly_`, `cxtp_`, `ghp_`, `xoxb-`, `SG.`, `sk_live_`, `sk-proj-` …).")
    a("- URL-embedded everyday types (`postgres_url_password`, `redis_url_password`, `mysql_url_password`) label only the password.")
    a("- Every labelled value occurs exactly as often as it is labelled (a check); no labelled value or evasion plain is reused "
      "across records (one shared uniqueness pool).")
    a("- Public neighbours are unlabelled: user names, hosts (`*.hosp.example`, `*.noc.example`), AE titles, env-variable "
      "names, ticket / incident numbers, DN strings, service-principal ids; shell variable references (`\"$SNMP_AUTH\"`, "
      "`\"$RADIUS_SECRET\"`) stand in for the second secret of commands that need two, so that nothing secret-looking is left "
      "unlabelled.")
    a("- Documentation values (AWS documentation example secret key, RFC 4231 test case 2 HMAC-SHA-256, MD5 of the empty "
      "string, RFC 6238 SHA-256 reference seed in Base32, RFC 6070 PBKDF2-HMAC-SHA1 vector) occur only in negatives; the four "
      "computable ones are recomputed at build time with `hashlib` / `hmac` / `base64` and asserted against the published "
      "values.")
    a("- Evasion spans cover the whole encoded run only (naming phrase and trailing remark outside; the lab-panel run spans "
      "all its lines; the HL7 run includes its `\\X` … `\\` delimiters and the C array its braces, because they are part of "
      "the notation).\n")
    a("## Categories (positives)\n")
    a("| part | module | records | what |")
    a("|---|---|---|---|")
    a("| everyday | `gen_everyday` | %d | 45 new container kinds from on-call work and hospital / lab IT, 4 records each with 4 different types, %d types, seeded least-used pairing |" % (src["everyday"], len(gen_everyday.TYPES)))
    a("| vendor | `gen_vendor` | %d | one record per new vendor credential type (on-call / alerting / incident tooling, log and APM vendors, ticketing and chat, SMS / e-mail notification providers, cloud and identity, network and security appliances, secrets managers, deploy and automation, data / AI APIs, healthcare and laboratory platforms); 12 styles cycled; kind `<type>__<style>` |" % src["vendor"])
    a("| positional passwords | `gen_passwords` | %d | one new syntax each (SQL Server / Oracle / Db2 / SAP HANA / PostgreSQL CLIs and SQL, ODBC / JDBC strings, Mirth, dcm4che, Orthanc, Conquest, BMC tools, SNMPv3 privacy, Nagios / Zabbix / Icinga / Prometheus / Alertmanager / Grafana / Logstash / Beats / Fluent Bit, RabbitMQ, Kafka JAAS, keystores and certificates, Tomcat / WebLogic / WebSphere, LDAP, RADIUS / TACACS+, Windows remote admin, SSH / SFTP / SMB / FTP clients, vSphere, cloud and cluster logins, backup tools, VPN / IPsec, UPS monitoring, mail tools, client libraries in Python / Go / Java / C# / Node / Ruby / PHP / Perl / PowerShell); kind `<type>__oncall_terminal_capture` (a bastion prompt) or `<type>__interface_wiki_snippet` (an indented block on a lab-IT wiki page) |" % src["password"])
    a("| prose | `gen_prose` | %d | an on-call engineer shares the lab interface password for tonight's shift in their own language and asks not to paste it into the ticket, in 10 new chat-export formats (4 each); kind `<format>__<code>`; span type `%s` |\n" % (src["prose"], gen_prose.SPAN_TYPE))
    a("Prose languages (40): " + ", ".join("`%s` (%s)" % (c, n) for c, n in langs) + ". One sentence each, written by a "
      "non-native builder, best effort; least confident: `am`, `rw`, `my`, `ky`, `fy`, `gd`, `br`, `co`, `qu`, `mi`, `yi`, "
      "`lg`, `rm`, `sc`, `ast`, `ia`, `ny`, `su`, `ln`, `la` (the Latin is a neo-Latin coinage). Some keep the loan words "
      "interface / ticket / on-call. Only the two READMEs could be checked for earlier use; corpora before p48 may have used "
      "some of these languages.\n")
    a("Prose formats: " + bt(gen_prose.FORMATS) + "\n")
    a("### Span types in positives\n")
    ev = Counter(s["type"] for r in pos if r["source"] == "everyday" for s in r["secrets"])
    a("Everyday (%d types): " % len(ev) + ", ".join("`%s` (%d)" % (t, n) for t, n in sorted(ev.items())) +
      ". `ldap_bind_password` is new (bind accounts are the classic hospital-IT leak); the others repeat earlier everyday types.\n")
    a("Prose: `%s` (%d)\n" % (gen_prose.SPAN_TYPE, src["prose"]))
    a("Vendor (%d types, 1 each): " % src["vendor"] + bt(sorted(r["type"] for r in pos if r["source"] == "vendor")) + "\n")
    a("Positional-password (%d types): " % src["password"] + bt(sorted(r["type"] for r in pos if r["source"] == "password")) + "\n")
    a("### Container kinds in positives\n")
    a("Everyday: " + bt(sorted(gen_everyday.KINDS)) + "\n")
    a("Vendor styles: " + bt(gen_vendor.STYLES) + ". Positional-password presentation suffixes: " + bt(gen_passwords.SUFFIX) + ".\n")
    a("### Evasion encodings\n")
    a("Families (checked by name against both READMEs and chosen to avoid every notation they list): **binary-to-text** "
      "(`base58_bitcoin_alphabet`, `base36_bigint_digits`, `base45_rfc9285_alphabet`, `z85_zeromq_encoding`, "
      "`zlib_deflate_then_base64`, `base64_after_reversal`); **hex and code-point notations** (`xxd_postscript_hex_run`, "
      "`hl7_escape_hex_sequences`, `utf16le_hex_bytes`, `unicode_codepoint_u_plus`, `python_bytes_backslash_x`, "
      "`css_backslash_hex_escapes`, `xml_hex_char_references`, `c_array_0x_bytes`); **domain number carriers** "
      "(`lab_panel_result_values`, `alert_id_minus_offset`); **ciphers and reorderings with the key stated** "
      "(`rail_fence_stated_rails`, `affine_letters_stated_keys`, `rot13_plus_rot5_digits`, `pairwise_swapped_characters`); "
      "**Unicode look-alikes** (`math_bold_alphanumerics`, `enclosed_circled_letters`).\n")
    rng = random.Random(0)
    samples = []
    for name in sorted(ENC):
        phrase, _ = ENC[name]("Hi7x", rng)
        samples.append("`%s` = \"%s\"" % (name, phrase))
    a("How each text names the encoding (inside the wording sentence, before the span; rails, affine keys and alert-id "
      "offsets vary per record, one sample shown): " + "; ".join(samples) + ".\n")
    a("Encoders are in `gen_encodings.ENC`, decoders in `gen_decoders.DEC`, written separately: the decoders get only the "
      "text **before** the span plus the encoded run, read the rail count, affine keys and id offset back from the phrase "
      "with regular expressions, and use their own alphabets and arithmetic (Base58 / Base36 / Base45 / Z85 decoded by hand, "
      "affine inverse computed, rail-fence zigzag rebuilt, code-point ranges for the Unicode look-alikes); Base64 and zlib "
      "use the standard library on both sides. 22 known-answer self-tests (plain `Hi7x`, encoded and decoded back) run first, "
      "then every span is decoded back to its `plain`; the plain never occurs verbatim in its text. Plains are drawn from "
      "`[A-Za-z0-9_-]` with lengths that are multiples of 4 (Z85 needs whole 4-byte groups).\n")
    evt = Counter(r["type"] for r in evs)
    a("Evasion credential types: " + ", ".join("`%s` (%d)" % (t, n) for t, n in sorted(evt.items())) + "\n")
    a("Evasion containers: `<encoding>__<wording>` with three new wordings " + bt(gen_evasions.WORDINGS) +
      " (a pager-alert annotation, a postmortem appendix, a comment on an LIS interface ticket); each puts the phrase, a "
      "colon, and the run on its own line, followed by a remark.\n")
    a("### Negative classes\n")
    a("| class | records | base kinds |")
    a("|---|---|---|")
    nc = Counter(r["class"] for r in neg)
    for cls in sorted(nc):
        if cls in gen_negatives.CLASSES:
            kinds = [f.__name__ for f in gen_negatives.CLASSES[cls]]
        else:
            kinds = sorted(gen_negatives.doc_values())
        a("| `%s` | %d | %s |" % (cls, nc[cls], bt(kinds)))
    a("")
    a("Negative containers: 30 base kinds (2 per class for 15 classes), each instantiated six times with fresh random "
      "fillers: plain (container = base kind) and wrapped " + ", ".join("`__%s`" % w for w in gen_negatives.WRAPPERS) +
      "; plus 5 documentation kinds (class `vendor_documentation_value`). `clinical_identifier_not_secret` (DICOM study "
      "instance UIDs, lab accession numbers – patient-adjacent identifiers, but not credentials) is a new class name; the "
      "others repeat earlier class names.\n")
    a("## Checks run by build.py before writing\n")
    a("- ids unique and well-formed, JSON round trip, every text encodable as UTF-8; spans re-slice exactly, sorted, no edge "
      "whitespace; record type == first span type; every labelled value occurs exactly as often as labelled (overlapping "
      "count); no labelled value reused across records")
    a("- no leftover span marker (private-use `U+E000`), `<<…>>` template token or NUL in any positive / evasion text")
    a("- evasions: 22 known-answer tests, then every span decodes to `plain` with the independent decoder fed only the text "
      "before the span; encoder and decoder sets equal (22), 3 records each; `plain` unique, never a positive value and never "
      "verbatim in its text")
    a("- negatives: no duplicate texts; no positive / evasion value or plain (length ≥ 6); no `PRIVATE KEY`; documentation "
      "values present in negatives and absent from positives / evasions; four documentation values recomputed and compared "
      "with the published values")
    a("- deny-list overlap and language checks (see Independence); counts (180 everyday in 45 kinds, 100–140 vendor, 90–120 "
      "password syntaxes, 40 prose in 40 languages, 66 evasions, ≥ 180 negatives in 16 classes); vendor and password span "
      "types unique and disjoint")
    a("- determinism: two in-process generations compared byte for byte (JSONL and README)")
    a("- mutation tests on deep copies: a shifted offset, a positive value appended to a negative, a wrong `plain`, an extra "
      "unlabelled occurrence, an evasion plain appended to a negative, a duplicated negative text, an evasion plain added "
      "verbatim to its text, a deny-listed container name (the p48 kind `gitlab_runner_job_trace`) and a deny-listed "
      "language (`fi` Finnish) must all be caught, or the build fails\n")
    a("## Judgement calls\n")
    a("- Everyday: common secrets where on-call engineers and hospital IT actually leave them – pager payload custom "
      "details, alert webhook annotations, chatops bots echoing env, bridge-call and war-room notes, handoff summaries, "
      "status-page drafts with an internal note, ticket CSV exports, postmortem timelines, CAB minutes, downtime procedures, "
      "interface-engine channel exports, LIS middleware INI files, PACS node tables, analyzer host links, sequencer "
      "uploaders. Templates put the key name or a plain-language label next to the value. Pairings are balanced, not "
      "realistic (a Stripe key in a blood-bank interface spec).")
    a("- Vendor: many types are name-only (hex / UUID / alphanumeric: Splunk On-Call, Splunk HEC, Sumo Logic, Loggly, "
      "Papertrail, Better Stack, Statuspage, Squadcast, xMatters, AppDynamics, Lightstep, Cronitor, Healthchecks.io, Instana, "
      "Mezmo, ThousandEyes, Grafana OnCall, Raygun, ServiceNow, Zendesk, Freshservice, Shortcut, Mattermost, Zulip, Sinch, "
      "Mailjet, Mandrill, Cosmos DB, Event Grid, SignalR, OpenStack, Proxmox, Meraki, FortiGate, Auth0, OneLogin, Duo, "
      "Conjur, Akeyless, CrowdStrike, SentinelOne, Tenable, Rapid7, Wiz, ZeroTier, Gitea, Spacelift, env0, Rundeck, AWX, "
      "Nomad, Consul, MinIO, Confluent, Algolia, Deepgram, AssemblyAI, Redox, Medplum, 1upHealth, Particle Health, Oracle "
      "Health, Labguru, DNAnexus, BaseSpace, Seven Bridges …) and recognisable only from the key name – part of the test. "
      "`argocd_account_auth_token` carries a real base64url JSON header / payload with a random signature; the 1Password "
      "service-account token and the Cloudflare tunnel token carry real base64 JSON; `elasticsearch_encoded_api_key` is the "
      "base64 of `id:api_key`; `aws_sts_session_token` starts with the usual `IQoJb3JpZ2luX2Vj` prefix. "
      "`proxmox_ve_api_token_secret` and `nomad` / `consul` secret ids are UUIDs that grant access.")
    a("- Passwords: labelled although some protect a keystore, archive, volume or key rather than an account (`keytool "
      "-storepass`, `certutil -p`, Tomcat `keystorePass`, `ssh-keygen -N`, `veracrypt --password`, `openssl enc -k`, `rar "
      "-hp`, restic / borg passphrases) or are shared secrets (RADIUS client secret, TACACS+ key, IPsec PSK, SNMP community, "
      "SNMPv3 privacy passphrase); passwords set for other accounts (`rabbitmqctl add_user`, `net user /add`, `ldappasswd "
      "-s`, `CREATE LOGIN`, `CREATE ROLE`, FortiOS `set password`, slapd `rootpw`) leak the new password. `radtest` labels "
      "the user password (second positional) and takes the shared secret from a variable.")
    a("- Evasions: every encoding keeps the value recoverable from the text alone because the rule and any key are stated "
      "before it. Several are textbook transforms (Base58, Base36, Base45, Z85, hex, code points, rail fence, affine, ROT18) "
      "that corpora before p48 may have used under other names – newness was checked by name and by notation against the two "
      "READMEs only. The domain carriers (lab-panel result values, alert-id numbers minus a stated offset, HL7 `\\X…\\` "
      "escapes) are the focus-specific part.")
    a("- Negatives: DICOM TLS certificates and SSH known-hosts lines are public; Ansible Vault and SOPS values are "
      "ciphertexts; `{SSHA}` and `$6$` strings are hashes; `****`, `[masked]`, `[REDACTED]`, `<fill in …>`, `__REPLACE_ME__` "
      "and `${VAR}` are masks or placeholders; `vault kv get` paths and ExternalSecret `remoteRef`s are references; dedup keys, "
      "trace / span ids, incident keys and EC2 instance ids are identifiers; Sentry browser DSN keys and reCAPTCHA site keys "
      "are publishable; `password123` and `demo_pass` in a test harness are visibly fake; metric and dashboard names merely "
      "contain the words token / password / secret; DICOM UIDs and accession numbers are clinical identifiers, not secrets. "
      "All patient-adjacent identifiers are random and synthetic; no real patient data.\n")
    a("## Shapes guessed or partly guessed\n")
    a("Checked against public rule regexes (read for formats only, no test string copied): gitleaks default rules "
      "(`config/gitleaks.toml`): Dynatrace `dt0c01.` + 24 + `.` + 64, Atlassian `ATATT3` + 186, Entra ID client secret "
      "(`…8Q~…`), Harness `pat.` + 22 + `.` + 24 + `.` + 20, Octopus `API-` + 26, Okta `00` + 40, OpenShift `sha256~` + 43, "
      "Perplexity `pplx-` + 48, PlanetScale `pscale_tkn_`, Databricks `dapi` + 32 hex (+ `-N`), DigitalOcean refresh `dor_v1_` "
      "+ 64 hex, Hugging Face `hf_` + 34 letters, Linear `lin_api_` + 40, 1Password `ops_eyJ…`, Sumo Logic (64), Zendesk (40), "
      "Algolia (32), Confluent secret (64); Kingfisher rule files (`data/rules/*.yml` of mongodb/kingfisher): Tailscale "
      "`tskey-<kind>-…-…`, Groq `gsk_` + 52, Replicate `r8_` + 37, Telnyx `KEY` + 55, UptimeRobot 9 + `-` + 24, Supabase "
      "`sbp_` + 40, Better Stack (24), ElevenLabs `sk_` + 48 hex, Deepgram (40), Anthropic `sk-ant-…` + 93 + `AA` (used for "
      "the admin-key variant). Believed right from background knowledge: AWS STS `IQoJb3JpZ2luX2Vj`, Google `GOCSPX-`, "
      "PAN-OS `LUFRPT1…`, Jenkins `11` + 32 hex, TeamCity `eyJ0eXAiOiAiVENWMiJ9.`, Portainer `ptr_`, Rancher "
      "`token-xxxxx:` + 54, Axiom `xaat-` / `xapt-` + UUID, MailerSend `mlsn.` + 64 hex, Resend `re_`, Pinecone `pcsk_`, "
      "LangSmith `lsv2_pt_`, Azure DevOps PAT (52 base32), Zoho / Site24x7 `1000.` refresh tokens, Bitwarden `0.<uuid>.…:…`. "
      "Guessed or loosely remembered: PagerDuty routing keys starting `R0`, incident.io `inc_`, FireHydrant `fhb-`, Rootly "
      "`rootly_`, Elastic Cloud `essu_`, Coralogix `cxtp_`, Checkly `cu_`, Honeybadger `hbp_`, OneSignal `os_v2_app_`, "
      "YouTrack `perm:` layout, Keeper `US:` one-time tokens, Webex bot token layout, Neon `napi_`, Upstash REST token "
      "layout, Benchling `sk_`, and the lengths and alphabets of every name-only type.\n")
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief50/`. The detector's code was not opened, listed or searched, and git was not run in "
      "the project.")
    a("- Read-only mirrors of two public rule sets for shapes: gitleaks/gitleaks (`config/gitleaks.toml`) and "
      "mongodb/kingfisher (13 files under `data/rules/`). No web or documentation search; every credential-looking value in "
      "positives and evasions is generated. Documentation values: AWS documentation example secret key (quoted from "
      "memory), RFC 4231 §4.3 test case 2, MD5 of empty input, RFC 6238 Appendix B SHA-256 seed, RFC 6070 test vector 3 "
      "(all four recomputed). Notations follow their standard definitions (Bitcoin Base58 alphabet, RFC 9285 Base45, ZeroMQ "
      "RFC 32 Z85, HL7 v2 `\\X` escape, CSS 6-digit escapes, Unicode Mathematical Alphanumeric Symbols and Enclosed "
      "Alphanumerics).")
    return "\n".join(L) + "\n"
