"""Renders README.md from the generated data and the module tables."""
import collections

import checks274
import enc274
import everyday274 as E
import evasions274 as EV
import negatives274 as N
import positional274 as P
import prose274 as PR
import vendor274 as V
import world274 as W

GITLEAKS = "gitleaks/gitleaks, config/gitleaks.toml, commit b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b"
KINGFISHER = "mongodb/kingfisher, data/rules/*.yml, commit ee7c0db3ef87575768f817820c24736249ffcdef"

READ_NOTES = {
    "particle_cloud_access_token": "Kingfisher particleio (40 of [a-zA-Z0-9]; hex mine)",
    "blynk_device_auth_token": "Kingfisher blynk (32 of [a-zA-Z0-9_-])",
    "adafruit_io_key": "Kingfisher adafruitio (28 alphanumerics), gitleaks adafruit-api-key; the `aio_` head believed",
    "square_production_access_token": "gitleaks square-access-token, Kingfisher square (EAAA + 60)",
    "square_oauth_application_secret": "Kingfisher square (sq0csp- + 43); the sq0idp- application id beside it from Kingfisher squareup",
    "shippo_live_api_token": "gitleaks shippo-api-token",
    "easypost_production_api_key": "gitleaks easypost-api-token",
    "zoho_books_oauth_refresh_token": "Kingfisher zohocrm (1000. + 32 hex + . + 32 hex)",
    "wise_business_api_token": "Kingfisher transferwise (UUID shape; v4 mine)",
    "mapbox_secret_access_token": "Kingfisher mapbox (sk. + 32-128 + . + 20-30); the JSON frame inside believed",
    "sendgrid_api_key": "gitleaks sendgrid-api-token (SG. + 66; the 22 + . + 43 split believed)",
    "elastic_email_api_key": "Kingfisher elasticemail (96 of [A-Za-z0-9_-]; upper-case hex mine)",
    "slack_incoming_webhook_url": "gitleaks slack-webhook-url (the T/B id lengths believed)",
    "slack_app_level_token": "gitleaks slack-app-token, Kingfisher slack (xapp-1-...)",
    "discord_channel_webhook_url": "Kingfisher discord (webhook URL with 68 characters)",
    "microsoft_teams_incoming_webhook_url": "gitleaks microsoft-teams-webhook, Kingfisher microsoftteamswebhook",
    "telnyx_api_key": "Kingfisher telnyx (KEY + 55)",
    "mattermost_bot_access_token": "gitleaks mattermost-access-token (26 of [a-z0-9])",
    "cohere_api_key": "gitleaks cohere-api-token (40 alphanumerics)",
    "xai_api_key": "Kingfisher xai (80 of [0-9A-Za-z_]); the `xai-` head believed",
    "elevenlabs_api_key": "Kingfisher elevenlabs (sk_ + 48 hex)",
    "assemblyai_api_key": "Kingfisher assemblyai (32 of [0-9a-z]; hex mine)",
    "deepgram_api_key": "Kingfisher deepgram (40 of [0-9a-z]; hex mine)",
    "wandb_api_key": "Kingfisher weightsandbiases (40 hex)",
    "nvidia_nim_api_key": "Kingfisher nvapi (64 of [a-zA-Z0-9_-]); the `nvapi-` head believed",
    "azure_openai_api_key": "Kingfisher azureopenai (32 hex)",
    "github_classic_personal_access_token": "Kingfisher github (ghp_ + 36)",
    "github_app_installation_token": "gitleaks github-app-token (ghs_ + 36)",
    "gitlab_runner_authentication_token": "gitleaks gitlab-runner-authentication-token",
    "gitlab_pipeline_trigger_token": "gitleaks gitlab-ptt",
    "gitlab_deploy_token": "gitleaks gitlab-deploy-token",
    "pypi_api_token": "gitleaks pypi-upload-token, Kingfisher pypi (the macaroon inside believed)",
    "crates_io_api_token": "Kingfisher crates.io (cio + 32)",
    "docker_hub_personal_access_token": "Kingfisher dockerhub (dckr_pat_ + 27)",
    "atlassian_cloud_api_token": "gitleaks atlassian-api-token (ATATT3 + 186; the xFfGF0 head and the `=` + 8 hex tail believed)",
    "linear_personal_api_key": "gitleaks linear-api-key",
    "postman_api_key": "gitleaks postman-api-token",
    "terraform_cloud_user_token": "gitleaks hashicorp-tf-api-token, Kingfisher terraformcloud",
    "hashicorp_vault_service_token": "gitleaks vault-service-token (hvs. + 90-120; 95 mine)",
    "grafana_service_account_token": "gitleaks grafana-service-account-token",
    "grafana_cloud_access_policy_token": "gitleaks grafana-cloud-api-token (glc_ + Base64; the JSON keys inside believed)",
    "sentry_organization_auth_token": "gitleaks sentry-org-token (the frame follows the rule's eyJpYXQiO head and region_url)",
    "sonarqube_user_token": "gitleaks sonar-api-token (squ_ + 40; hex mine)",
    "figma_personal_access_token": "Kingfisher figma (figd_ + 40)",
    "clickup_personal_api_token": "Kingfisher clickup (pk_ + 7-8 digits + _ + 32)",
    "ngrok_authtoken": "Kingfisher ngrok (25-30 + _ + digit + 20; 27 mine)",
    "okta_api_token": "gitleaks okta-access-token, Kingfisher okta (00 + 40)",
    "doppler_personal_token": "gitleaks doppler-api-token (dp.pt. + 43)",
    "azure_ad_application_client_secret": "gitleaks azure-ad-client-secret",
    "ibm_cloud_api_key": "Kingfisher ibm (42-44 of [a-z0-9_-]; 44 and mixed case mine)",
    "vultr_api_key": "Kingfisher vultrapikey (36 upper-case alphanumerics)",
    "better_stack_source_token": "Kingfisher betterstack (24 alphanumerics)",
    "opsgenie_api_key": "Kingfisher opsgenie (UUID shape; v4 mine)",
    "clickhouse_cloud_api_secret": "gitleaks clickhouse-cloud-api-secret-key (4b1d + 38)",
    "confluent_cloud_api_secret": "gitleaks confluent-secret-key (64 of [a-z0-9], case-insensitive; mixed case mine)",
    "maxmind_license_key": "gitleaks maxmind-license-key",
}


def _code(x):
    return "`%s`" % x


def render(data, deny, stats):
    pos, evs, negs = data["secrets"], data["evasions"], data["negatives"]
    by = collections.defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    L = []
    a = L.append
    # ------------------------------------------------------------ title and world
    a("# privacy_twohundredseventyfourth (p274) – held-out credential corpus\n")
    firms = W.world_paragraph()
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**charcoal burners, peat cutters and biochar producers** and the developers and staff who build and run their software. "
      "The world: " + "; ".join(firms) + ". People: " + ", ".join(W.PEOPLE) + ". Private hosts sit in 10.74.0.0/16 and "
      "192.168.74.0/24; every other host of the world is under `.example`; firms, woods, bogs, batches and people are invented "
      "(real vendor, scheme and registry names appear where a key or portal of theirs is the subject, and vendor endpoints keep "
      "their real domains where a file would name them). Secrets sit where this trade puts them: the devices (a CODESYS global "
      "variable list on the ring-kiln controller, a Zephyr prj.conf on the kiln probe, KEPServerEX and Ignition on the reactor, "
      "the extruder's Teltonika UCI config, a CRBasic program on a dipwell logger, WeeWX and Telegraf on the bog station and "
      "gateway, Frigate on the kiln-yard cameras, a regedit export of the weighbridge PC, a ZPL label on the bagging line, a "
      "PowerShell transcript on the lab PC), back offices (Django, Symfony, Rocket, Ktor, Nuxt, dotnet user-secrets, a Go "
      "envconfig struct), ops (Salt, Chef, Terraform, supervisord, PM2, GitLab CI, Proxmox LXC, Task Scheduler, IIS, `ps "
      "auxww`, an nginx access log, Cloud Run, fly.toml, Netlify, Azure and AWS captures, Beanstalk, DigitalOcean App Platform, "
      "tfstate, Argo CD, SAM, Woodpecker, GitLab Runner), developer places (Jupyter, `git stash show -p`, VS Code launch.json, "
      "mise, Maven settings, asciinema, the `llm` keys file, .pypirc, cargo, gh, terraform, vault, sentry-cli, .netrc, ngrok, "
      "s3cmd, kaggle, Azure Functions, Firebase, Xcode schemes) and the messy places (a forwarded .eml, a Mattermost export, a "
      "Trello export, an ODT handover, a course .ics, an RTF note, a MediaWiki runbook, a zbarimg decode of a QR sticker, a VBA "
      "module, Apple Passwords and Dashlane exports, Google Chat, Home Assistant secrets, a Mosquitto bridge, Particle and "
      "Blynk files). The vendors are the trade's own (European Biochar Certificate, Puro.earth, Isometric, Woodsure Ready to "
      "Burn, Grown in Britain, FSC, the Forestry Commission felling-licence service, the Rural Payments service, HMRC, the "
      "Environment Agency, PYREG, Carbofex, Avery Weigh-Tronix, Teltonika, Hikvision, Victron, Onset HOBOlink, In-Situ HydroVu, "
      "Sentinel Hub, Planet, the Met Office, Ordnance Survey, what3words, SolarEdge, John Deere, Particle, Blynk, Adafruit IO) "
      "next to the shop, payment, shipping, messaging, AI, developer, cloud and monitoring services such developers use; the "
      "negatives come from the same world (EC numbers on charcoal safety data sheets, VAT numbers, IPv4 header dumps, QR "
      "codeword dumps, SM3 and SHA digests, PBKDF2 and SSHA hashes, SSH and minisign public keys, public site keys, templates, "
      "masked keys, secret-store pointers, SOPS and Jasypt ciphertexts, documentation, handbook prose, failing look-alikes of "
      "this corpus's own layouts, felling licences, lab certificates, carbon-removal serials, genuine score sheets and UUIDv4 "
      "job ids).\n")
    a("Everything is produced by `build.py` and its modules (`common274.py`, `world274.py`, `everyday274.py`, `vendor274.py`, "
      "`positional274.py`, `prose274.py`, `enc274.py`, `dec274.py`, `evasions274.py`, `negatives274.py`, `checks274.py`, "
      "`readme274.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds "
      "(27401 everyday values, 27411 everyday pairing, 27421 everyday surroundings, 27471 the HS512 and macaroon keys, 27402 "
      "vendor, 27472 the vendor JWT and PyPI macaroon keys, 27403 positional, 27404 prose, 27405 evasions, 27406 negatives), "
      "no clock, no network, no bytecode written. `python3 build.py [outdir]` runs the self-test of the hand-written "
      "algorithms, generates everything twice in one process and compares the bytes of the three JSONL files, parses them "
      "back, runs every check and %d mutation tests, renders this README twice and compares it, and only then writes the "
      "files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the "
      "deny-list from `/tmp/brief274/`.\n" % len(stats["mutations"]))

    # ------------------------------------------------------------ independence
    a("## Independence\n")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. "
      "Exactly what was opened:\n")
    a("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredseventyfourth/`), created with "
      "`mkdir -p` in the same command that created the scratch directory. Its modules were created with the file editor "
      "(`readme274.py` first as a short stub through a shell here-document), edited with small Python `str.replace` "
      "scripts and a few `sed -i` substitutions (a word removed from the trade list, the placement marker, two encoding "
      "renames), searched with `grep -n` / `grep -c` in its own modules, imported and run with `python3 -B` (one-off trial "
      "imports, `build.py --freeze` with trial output in `/tmp/scratch274/trial`, trial builds, a script that printed the "
      "first new error of every mutation test, the final `python3 build.py`), listed with `ls -la` after the final builds and read back by a small Python "
      "script that re-checks the written JSONL offsets and counts. "
      "The parent directory was never listed, opened or searched, nothing else under `/work/main` was opened, listed, grepped "
      "or searched, and git was never run there.\n"
      "- Project material: only the two READMEs in `/tmp/brief274/` (`README_twohundredseventyfirst.md`, p271, tea blenders / "
      "tea rooms / herbal apothecaries; `README_twohundredsixtyninth.md`, p269, poultry farms / hatcheries / egg-packing "
      "stations). The directory was listed once with `ls -la`, the files sized with `wc -c`, read with `cat` and `sed -n` "
      "line ranges (some piped through `cut -c`), measured with `awk` line-length listings and parsed by "
      "`common274.extract_denylist` and four Python one-offs (deny-list sizes and samples, language collisions, shared "
      "syntax tokens, shared encoding tokens). They were used only to learn the file format and what is already covered.\n"
      "- `/tmp`: besides `/tmp/brief274/` only the scratch directory `/tmp/scratch274/` (the extracted gitleaks rule file, "
      "the extracted Kingfisher rule directory, an encoder round-trip script, a mutation-reason script and the trial build "
      "output). No other directory under `/tmp` was looked at.\n"
      "- Tooling: `python3 --version` and one listing of `hashlib.algorithms_available`; `/work/.library/search/README.md` "
      "read once (its first 50 lines); `/work/.library/env/` was not opened, no package was installed and no registry was "
      "queried.\n"
      "- Public material, through the search tool's `fetch` only (no search, find or read look-ups): `gitleaks/gitleaks` "
      "(commit `b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`; `config/gitleaks.toml` extracted with `git show`; the ids of all "
      "222 rules printed and the regexes of about 80 rules chosen by id prefix printed by a `tomllib` filter) and "
      "`mongodb/kingfisher` (commit `ee7c0db3ef87575768f817820c24736249ffcdef`; `data/rules/` extracted with `git archive`; "
      "the file list and the pattern blocks of about 140 rule files printed by two small Python filters). `git log -1` was "
      "run in those two mirrors only. Read for shape only: no credential value or rule example was copied; every value is "
      "generated. Betterleaks, CredSweeper and vendor documentation were not opened.\n")
    a("The deny-list (`common274.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with and without their "
      "`<letters>pw_` prefix (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few "
      "non-language pairs, which only makes it stricter), the names and name words of those pairs (%d) and the tokens of "
      "the earlier encoding names (%d). It is frozen in `brief_names.json`; when `/tmp/brief274/` exists the build "
      "re-extracts it and fails if it differs (this build: %s). Ideas the READMEs name only in prose were avoided by hand, "
      "and three hand lists in `checks274.py` make that checkable: `PROSE_TOOL_TOKENS` (%d tools, libraries and mechanisms "
      "named in the left-out lists, relatives and dropped drafts, plus a few close relatives of earlier tools set aside here) "
      "joins the tokens of the earlier syntax names minus `GENERIC_SYNTAX_TOKENS` (%d position, flag, verb, language and "
      "protocol words) as the tokens no syntax name may contain; `HAND_IDEA_WORDS` (%d idea words of the earlier encodings' "
      "avoided, set-aside and renamed-away lists) joins the earlier encoding tokens (plurals folded) as the words no "
      "encoding name may contain; `HAND_LANG_NAMES` / `HAND_LANG_CODES` (English, Catalan, Latin, Chinese, Irish, Persian) "
      "join the language check. Planning and trial builds against these lists renamed the syntaxes `mssql_bcp_...`, "
      "`mssql_sp_addlogin_...`, `mssql_sp_setapprole_...`, `mssql_hashbytes_...` (the earlier `mssql` token), "
      "`node_soap_...` (`soap`), `protractor_element_sendkeys` (`sendkeys`), `robotium_solo_entertext_index` "
      "(`entertext`), `ruby_net_http_...` (`net`) and `hey_load_tester_...` (`tester`), the encodings "
      "`minesweeper_clue_number_totals` (`number`) and `bulls_cows_hidden_code_deduction` (`code`), and the negative base kind "
      "`pairing_reject_log` (a p271 name). Novelty is checked against these two READMEs only; older corpora may share a "
      "vendor, a syntax, a language or an idea.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         len(deny["encoding_tokens"]), stats["deny_status"], len(checks274.PROSE_TOOL_TOKENS),
         len(checks274.GENERIC_SYNTAX_TOKENS), len(checks274.HAND_IDEA_WORDS)))

    # ------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    where_counts = collections.Counter(s[1] for s in P.SYNTAXES)
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), len(pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}), len(by["everyday"]),
        len(by["vendor"]), len(by["password"]), len(by["prose"]), len({r["container"].split("__")[-1] for r in by["prose"]})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | 22 encodings x 3 types |" % (len(evs), len(evs), len({r["type"] for r in evs}),
                                                                              len({r["container"] for r in evs})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negs), len({r["container"] for r in negs}), len({r["class"] for r in negs})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, `language_names`, `encoding_tokens`) |\n")
    a("Schema: positives `id` (`p274-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p274-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with "
      "`value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), `source` (`evasion`). Negatives "
      "(`p274-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets with "
      "`text[start:end] == value`; UTF-8 JSON lines written with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types x 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one record "
      "per type). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose %d in %d languages "
      "(spares written down and unused: %s). Evasions %d = 22 x 3. Negatives %d = %d classes x 11 records (two base kinds "
      "alternating, shown plain and in three wrappers). Positives total %d (asked: 440–470). Strings drawn through the "
      "registry (values, generated vendor neighbours, evasion plains and runs): %d.\n" % (
          len(by["vendor"]), len(by["password"]), ", ".join("%s %d" % kv for kv in where_counts.most_common()),
          len(by["prose"]), len(by["prose"]), ", ".join("`%s` (%s)" % s for s in PR.SPARES), len(evs), len(negs),
          len(N.CLASSES), len(pos), stats["registered"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or "
      "protocol element – never the quotes, the key or the flag. For `user:VALUE` pairs and URL user-info (fossil, mumble, "
      "kombu, go2rtc, RTSP `DESCRIBE`, check_http `-a`, hey `-a`, lynx `-auth=`, websocat `--basic-auth`, rsyncd, "
      "saned.users, `newusers`, pgpass-style lines, the kdb+ handle) only the part after the colon and before any `@` or "
      "next colon; for `dislocker -uVALUE` only what follows `-u`; for `cloudinary://key:VALUE@cloud` only the secret. "
      "Whole webhook URLs (Slack, Discord, Teams) are the span, because the URL is the credential. Values pasted where they "
      "do not belong (a KEPServerEX device description, a ZPL label, a forwarded e-mail, Mattermost, Trello, an ODT, an "
      ".ics, an RTF, a wiki page, a QR sticker, Google Chat, a PowerShell transcript, `ps auxww`, an access log, "
      "asciinema) are labelled.\n"
      "- Owner-chosen passwords are a word of this trade (%d words, letters only: %s …) capitalised with probability 0.5 in "
      "everyday and vendor values and 0.3–0.35 elsewhere, + a joiner + a tail people of this trade use (2–4 digits or a "
      "year, a retort or kiln temperature `NN0C` from 350C to 750C, or a kiln or drying bay `bayN`). Everyday and vendor "
      "passwords use the joiners `%s` (minus whatever the container cannot hold) and are checked against `%s`; positional, "
      "prose and evasion passwords use only `- _ .` and are checked against `%s`; the word must be one of the list "
      "(checked). The VRRP simple-authentication key is at most 8 characters, as the protocol allows. Values are never "
      "escaped: each container kind and vendor style declares the characters it cannot hold literally (quotes and `\\` in "
      "JSON, TOML, YAML, PHP, Python, C-like and XML-attribute strings, `$` where shells, PowerShell, Kconfig, HOCON, Nuxt, "
      "Terraform or Maven would expand it, `%%` in supervisord and Terraform, `#` where comments start, `&<>` in XML, `^~` in "
      "ZPL, `,;\\` in iCalendar, `{}` in RTF and mise, `|[]{}<>'` in wikitext, `,\"` in CSV, shell metacharacters in "
      "command lines, whitespace where the value is bare) and a value is redrawn without them (the Django key is drawn "
      "from Django's alphabet minus those characters).\n" % (
          len(W.TRADE_WORDS), ", ".join(W.TRADE_WORDS[:24]), W.JOINERS_WIDE, W.PW_WIDE_RE.pattern, W.PW_STRICT_RE.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn "
      "through one registry that refuses repeats, any string in a 6+ character substring relation with an earlier one and "
      "any non-v4 UUID. A negative is redrawn if it contains a registered string of 6+ characters, a trade word + joiner + "
      "tail (the password form, any case, joiners `- _ . ! @ + ~ * = # & :`), any JWT-shaped string or a non-v4 UUID, or "
      "repeats an earlier negative. In positive texts the only password-form string is inside the labelled span, and "
      "evasion texts contain none (checked).\n"
      "- Structured values are valid and checked. `CKL-` licences are 10 random bytes + 4 real Reed-Solomon parity bytes "
      "over GF(256) (QR field polynomial 0x11D, generator roots a^0..a^3; the encoder is asserted on the published QR "
      "\"HELLO WORLD\" 1-M codewords and the check recomputes all four syndromes); `bmx_` pairing keys end in the real "
      "RFC 1071 Internet checksum (asserted on the RFC's own example, sum 0xDDF2, checksum 0x220D); `ebk_` keys end in the "
      "first four bytes of the real SM3 digest, written by hand (asserted on the GB/T 32905 vectors for `abc` and "
      "`abcd` x 16, and against OpenSSL's SM3 through `hashlib` where it is available); kiln-telemetry tokens are real "
      "libmacaroons v2 macaroons (parsed and verified with the seeded root key); grading tokens are real HS512 JWTs "
      "(verified, header and claim sets checked, `jti` a UUIDv4); Django keys are `django-insecure-` + 50 characters of "
      "Django's alphabet. These algorithms (Reed-Solomon, the Internet checksum, SM3, the macaroon HMAC chain) are not "
      "among the checks, hashes and signatures the two READMEs used or name as earlier; the HS512 JWT belongs to the HMAC "
      "JWS family they name (see the judgement calls). Vendor frames: the PyPI token is a real v2 macaroon with location "
      "`pypi.org`, the Supabase key a real HS256 JWT, the Grafana Cloud and Sentry organisation tokens carry a real Base64 "
      "JSON frame, the Mapbox secret token a real base64url JSON frame, the Elastic key Base64 of `id:key` (all decoded by "
      "the check); every other vendor value is checked against a regular expression built from the same spec that "
      "generated it. Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring verifies. "
      "Negatives: EC numbers (asserted on carbon 231-153-3, water 231-791-2 and formaldehyde 200-001-8) and UK VAT numbers "
      "(asserted on the commonly cited 123 4567 82) pass their checks; IPv4 headers carry real RFC 1071 checksums; QR 3-M "
      "codeword dumps carry real Reed-Solomon codewords; ed25519 and minisign keys are real Ed25519 points (hand-written, "
      "asserted on RFC 8032 7.1 test 1); PBKDF2 and SSHA hashes are real hashes of discarded random inputs; the decoys fail "
      "their checks.\n"
      "- Public neighbours are unlabelled: user names, hosts, key names and the public half written next to a vendor "
      "secret (%s), and the user half of every user / value pair.\n"
      "- Key names follow each container's own case style: upper, snake, camel, pascal, kebab (command-line flags), dotted "
      "(Maven properties), spaced (mail, chats, labels, wiki, QR text) and native (the credential files of pypi, cargo, gh, "
      "terraform, vault, sentry-cli, netrc, ngrok, s3cmd, kaggle, Particle, Blynk, GitLab Runner, Mosquitto, the `llm` "
      "keys file and the Apple Passwords and Dashlane exports keep their own fields). Everyday key names are the type's key "
      "words without the check or format word (`KILN_CONTROLLER_LICENCE`, not `..._REED_SOLOMON_...`), except that the "
      "Django settings file keeps Django's own `SECRET_KEY`; vendor key names are the full type name in the style's case; "
      "neighbour keys are the vendor's first word + the neighbour's label.\n" % "; ".join(
          "%s: %s" % (t[0], t[4][0]) for t in V.TYPES if t[4]))

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in E.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s; %s)" % (k[0], k[1], k[4]) for k in E.KINDS) +
      ". Pairing (seed %d): the kinds are shuffled once and every block of three kinds deals a freshly shuffled list of the 12 "
      "types four by four, so every kind holds four different types and every type sits in exactly 15 records (checked); "
      "secrets therefore also land in implausible places (a macaroon on a ZPL label, a Django key in WeeWX).\n" % E.SEED_PAIRING)
    a("Vendor (%d types, container `<type>__<style>`; shape – where the shape comes from: *read* this session in the "
      "public gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published "
      "shape so the type is recognisable only from its key name, *owner* for portal and device passwords – the public "
      "neighbour if any, and the style):\n" % len(V.TYPES))
    for cat, title in V.CATEGORY_TITLES.items():
        items = [t for t in V.TYPES if t[1] == cat]
        parts = []
        for t in items:
            shape = "owner-chosen password (trade word + joiner + tail)" if t[2] == V.OWNER else (
                V.FRAME_DESC[t[2]] if isinstance(t[2], str) else V.spec_desc(t[2]))
            nb = (" – next to it: %s" % t[4][0]) if t[4] else ""
            parts.append("`%s` (%s – %s%s – in `%s`)" % (t[0], shape, t[3], nb, t[5]))
        a("*%s* (%d): %s.\n" % (title, len(items), "; ".join(parts)))
    sc = collections.Counter(t[5] for t in V.TYPES)
    a("Vendor styles (%d, chosen per type for where that key lives): %s.\n" % (
        len(V.STYLES), "; ".join("`%s` (%s, %s, %d)" % (k, v[0], v[2], sc[k]) for k, v in V.STYLES.items())))
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): %s. "
      "None of them is among the syntaxes or names of either README (compared with and without the prefix; checked), no "
      "syntax name contains an earlier tool token or a hand-listed prose tool token (checked), and no positional text "
      "contains `pass`, `pwd` or `secret` in any case or a `pw` token (checked) – which rules out `--password`, `passwd`, "
      "`wpa_passphrase`, `mkpasswd`, `userpass`, `username_pw_set`, `~/.pgpass` as a visible file name, `chpasswd`, "
      "`--passphrase`, davfs2's own file name and every tool that names the field; UI fields are the neutral `field-b` / "
      "`fieldB`, and the two invented files leave the header cell of the value column empty.\n" % (
          len(P.SYNTAXES), P.PREFIX, ", ".join("%s `%s`" % kv for kv in P.WHERE.items()),
          "; ".join("`%s%s` (%s, %s)" % (P.PREFIX, s[0], s[1], s[2]) for s in P.SYNTAXES)))
    a("Prose: someone gives a colleague the password of the office PC at Emberline's retort yard and asks them to keep it "
      "to themselves; span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (%d): %s. Spares "
      "written down and unused: %s. None of them or the spares is among the languages of either README or on the hand list "
      "(checked: code against the codes, all deny-listed names and the hand list; name and every name word against the "
      "language names and the hand list). Scripts: %s. Every value is set off by whitespace on both sides (checked); Thai, "
      "Lao, Burmese and Korean, which do not (or not always) separate words with spaces, have a space put before and after "
      "the value as people do around Latin text; Russian and Kazakh set it between dashes; Hebrew is right-to-left with "
      "the Latin value embedded; the Kannada and Malayalam sentences keep the zero-width non-joiners typing produces inside "
      "loan words, never next to the value.\n" % (
          PR.TYPE, ", ".join("`%s`" % f for f in PR.FORMATS), len(PR.LANGS),
          ", ".join("`%s` (%s)" % (l[0], l[1]) for l in PR.LANGS), ", ".join("`%s` (%s)" % s for s in PR.SPARES),
          ", ".join(sorted({l[2] for l in PR.LANGS}))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (k, v[2]) for k, v in enc274.ENCODINGS.items()) + ".\n")
    a("Families: %s.\n" % "; ".join("%s (`%s`)" % (FAMILIES[k], k) for k in enc274.ENCODINGS))
    a("Evasion types: %s; wordings: %s (container `<encoding>__<wording>`; encoding *i* and type *j* take wording "
      "(*i* + 2*j*) mod 3, so each encoding appears once per type and once per wording). Each text says what is spelled out, "
      "states the rule in words, then `:` and a newline, then the run on its own line, then a one-line remark (checked). "
      "Plains use `[A-Za-z0-9._-]` (character codes 45–122, which every encoding here can carry); a run is redrawn if it "
      "would contain its plain, has outer whitespace or a newline, holds a password form, or the registry refuses it.\n" % (
          "; ".join("`%s` (%s)" % (t[0], t[2]) for t in EV.TYPES), ", ".join("`%s`" % w for w in EV.WORDING_NAMES)))
    a("Encoders are in `enc274.ENCODINGS`; the rng adds only what the answer does not depend on (the pits, moves and the "
      "store's starting seeds; the card, the other calls and their order; the deal and the seat numbers; the shows of a "
      "group; the deal, the trumps and the play; the other frames; the other player's visits, the bust visits and the "
      "throws for fun; the rolls; the innings; the fleet, the water shots and the shots after the sinking; the rallies and "
      "the other players; the rungs and the other feet; the guesses; the islanders, the knaves' badges and the statements; "
      "the field; the trail; the floors; the other boats and the races; the words; the shoe; the sheet lines; the laps and "
      "the other riders). Several encoders search (random restarts, a hill climb for bowling, minesweeper and the regatta) "
      "until the answer fits. The decoder `dec274.decode` gets only the encoding name and the run, imports nothing from the "
      "encoder or `common274` (only `itertools`, `re` and `collections`) and works every answer out its own way: a keyed "
      "ring of places for the sowing (the encoder uses index arithmetic), set inclusion per line for bingo, a separate hand "
      "ranker for poker, bit masks, rank counts and run multiplicities for cribbage (the encoder enumerates combinations), "
      "a strength function for the tricks, a ball list with frame starts for bowling, dart-by-dart bookkeeping per player "
      "for darts, running totals for Pig and cornhole, squares removed from ship sets for the battle, turn counters for "
      "volleyball, leg swapping for the ladder, a brute force over all 1000 codes with multiset intersections for bulls "
      "and cows, statement parsing and all 2^n sortings for the knights, mine-centred counting for minesweeper (the "
      "encoder counts around empty squares), face normals rotated in three dimensions for the die (the encoder keeps top, "
      "front and right), a floor-by-floor lift (the encoder uses the closed form), per-race places for the regatta, word "
      "counts across players for the word game, running hands for the shoe, counters for yacht and a live list for the "
      "elimination race. Every encoding was round-tripped while writing on every single code 45–122 three times (0 "
      "failures); at build time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README as an encoding or in its avoided, set-aside or relative lists): every "
      "encoding of both READMEs and every item of their avoided lists – numeral bases and Base-N text, escapes, dumps, "
      "ciphers, signalling codes, spelling alphabets, number words, look-alikes, chaff, shuffles, reversals, acrostics, code "
      "expressions, arithmetic and check-digit disguises, barcodes, keyboards, calendars and clocks, compass points, lookup "
      "tables, colours, music, DNA, units and physical laws, matrices, equations, progressions, primes, squares, Fibonacci, "
      "powers, residues, the games they used (Stableford, cricket, tennis, league tables, conkers, cross-country, "
      "rock-paper-scissors, shoot-outs, rounders), shortest routes, spanning trees, flows, critical paths, topological "
      "orders, reachability and flood fills, stacks, queues, heaps, hashing, tries and search trees, LRU, FIFO, edit "
      "distances, inversions, intervals, knapsacks, bin packing, economic and voting rules, auctions, matchings, token "
      "buckets, state machines, minimax, rounding rules, sliding windows, run-length, word wrap, cellular rules, Josephus, "
      "Hanoi, tally marks, Roman numerals, Collatz, Recamán and the set-aside ideas. The idea words of those lists are in "
      "`checks274.HAND_IDEA_WORDS` and no encoding name contains one. Set aside while choosing: snakes and ladders (a "
      "pointer walk), a shell game of cups (a permutation walk like the ghost leg), curling and petanque (too few points "
      "per end for codes up to 122 without long runs), shut the box (too small), darts without the bust rule (plain "
      "subtraction), the card game war (a queue), a glob or SemVer ordering puzzle (next to the earlier rule-list and "
      "precedence puzzles), Lamport clocks (clocks), Mölkky (scores cap at 50) and a lazy word count. Close relatives "
      "remain and a scorer may count them as the same idea: bowling, darts, cornhole, volleyball, the regatta and the "
      "elimination race are sports scoring next to the earlier Stableford, cricket, tennis, rounders and cross-country; "
      "poker, cribbage, klaverjas, blackjack and yacht are card and dice scoring next to the earlier rock-paper-scissors "
      "knockout; minesweeper is a neighbour count next to the earlier Life beds; the knights and knaves are truth logic next "
      "to the earlier SQL NULL filter; bulls and cows is a deduction over a small candidate set; the ghost leg is a "
      "permutation followed step by step next to the earlier pointer walks; the lift sweep is route arithmetic next to the "
      "earlier refuelling and collection rounds; bingo, poker, volleyball, the ghost leg and the elimination race pick one "
      "shown number by a rule, like the earlier guess stall, interviews and depot circuit.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    ccount = collections.Counter(r["class"] for r in negs)
    for cname, kinds, _, desc in N.CLASSES:
        a("| `%s` | %d | `%s`, `%s` | %s |" % (cname, ccount[cname], kinds[0], kinds[1], desc))
    a("\nEach base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add a Mattermost "
      "quote, a Trello attachment heading and a runbook-wiki heading whose words say the content is reference material "
      "holding no logins, without adding a value.\n" % ", ".join("`%s`" % p[0] for p in N.PRESENTATIONS if p[0]))

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py\n")
    a("- Self-test: `common274.selftest` re-asserts the published vectors of every hand-written algorithm (Reed-Solomon "
      "on the QR \"HELLO WORLD\" 1-M codewords and a corrupted copy, the RFC 1071 example, SM3 on two GB/T 32905 vectors and "
      "against OpenSSL where available, Ed25519 on RFC 8032 7.1 test 1, the EC check on three real numbers, the UK VAT "
      "check on the cited example, a macaroon round trip with a wrong-key rejection, a JWT round trip) in every build.\n"
      "- Deny-list: `brief_names.json` is loaded; if `/tmp/brief274/` exists it is re-extracted and must be identical "
      "(this build: %s). Every everyday type and kind, vendor type and style, positional syntax and where label, prose "
      "type and format, evasion type, wording and encoding, negative class, base kind and presentation, and every "
      "container, span type, encoding and class actually used in the records, is compared lower-cased, as a whole and by "
      "every `__` part, against the names; every positional syntax (from the module and from each record's type, with and "
      "without the prefix) against the earlier syntaxes and, token by token, against the earlier tool tokens and the hand "
      "list; every encoding, token by token (plurals folded), against the earlier encoding tokens and the idea words; every "
      "prose language code (and spare) against the codes, all names and the hand list, its name and name words against "
      "the language names and the hand list.\n"
      "- Ids `p274-s-NNNN`, `p274-e-NNNN`, `p274-n-NNNN`, consecutive; exact record and span field sets (in order); "
      "exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs "
      "exactly once in its text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the "
      "record's; no placement marker left; sources as specified.\n"
      "- Counts: everyday 180 (45 kinds x 4 different types, 12 types x 15), vendor 110–130 distinct types with containers "
      "`<type>__<style>` of a known style, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives "
      "440–470, evasions 66 = 22 encodings x 3 types x 3 wordings, negatives ≥ 200 in ≥ 20 classes with ≥ 10 each, no "
      "repeated negative text, span types of the five sources pairwise disjoint.\n"
      "- Shapes: everyday values by type (password regex and word list, Reed-Solomon syndromes, the Internet checksum, "
      "the SM3 tail, macaroon parse and signature, HS512 signature with header and claim sets and a UUIDv4 `jti`, the "
      "Django frame and alphabet); vendor values against the regular expression built from each spec or their frame "
      "validator (macaroon, JWT, Base64 and base64url JSON frames, `id:key`); positional and prose values in the strict "
      "password form; the VRRP value at most 8 characters; no `pass` / `pwd` / `secret` / `pw` in positional texts; prose "
      "values set off by whitespace; no password-form string outside the span in any positive text; evasion plains by "
      "type; evasion layout (rule text, `:` newline, run line, one remark line); no password form in evasion texts.\n"
      "- Container syntax: the JSON everyday kinds and vendor styles (after their command line where there is one) with "
      "`json`, the JSON-lines kinds (asciinema, Mattermost) line by line, the XML kinds and styles with `xml.etree`, the "
      "TOML kinds and styles with `tomllib`, the CSV password-manager exports with `csv` (rows of equal width) – always "
      "with the value in a string, element, attribute or cell.\n"
      "- Every evasion run decodes with `dec274.decode` to its `plain`, and the run never contains its plain.\n"
      "- No value is reused; each occurs exactly once across all three files; no evasion plain appears in any text; no "
      "neighbour equals a value; no registered string of 6 or more characters (values, neighbours, plains, runs) appears "
      "in a negative; no negative contains a password form or a JWT-shaped string; every UUID-shaped substring of every "
      "text is version 4; every JWT-shaped substring verifies; the EC, VAT, IPv4 and QR numbers in the negatives pass "
      "their checks, the decoys fail theirs, the SSH and minisign keys are points on Ed25519 and the hash frames are well "
      "formed.\n"
      "- Determinism: everything (the HS512, macaroon, Supabase and PyPI keys included) is generated twice in one process; "
      "the three JSONL files and this README must be byte-identical, and the JSONL bytes must parse back to the same "
      "records.\n"
      "- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): "
      "%s. Clean run errors: %d.\n" % (
          stats["deny_status"], len(stats["mutations"]), sum(1 for _, c in stats["mutations"] if c), len(stats["mutations"]),
          ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in stats["mutations"]), stats["clean_errors"]))

    # ------------------------------------------------------------ guessed shapes
    a("## Shapes you had to guess\n")
    read = [t for t in V.TYPES if t[3] == "read"]
    believed = [t for t in V.TYPES if t[3] == "believed"]
    guessed = [t for t in V.TYPES if t[3] == "guessed"]
    owner = [t for t in V.TYPES if t[3] == "owner"]

    def sd(t):
        return V.FRAME_DESC[t[2]] if isinstance(t[2], str) else V.spec_desc(t[2])
    a("*Read this session* in the public gitleaks (%s) or Kingfisher (%s) rule files; nothing copied; every value "
      "generated; where a rule gives only a prefix, a case-insensitive class or a length range, the exact length, split "
      "and case are mine (%d): %s.\n" % (GITLEAKS, KINGFISHER, len(read), "; ".join(
          "`%s` (%s; %s)" % (t[0], sd(t), READ_NOTES.get(t[0], "rule read")) for t in read)))
    a("*Believed* from memory of public rule sets and vendor documentation, not re-checked this session (%d): %s.\n" % (
        len(believed), "; ".join("`%s` (%s)" % (t[0], sd(t)) for t in believed)))
    a("*Guessed* (no published format known to the builder; length and alphabet only, so the type is recognisable only "
      "from its key name) (%d): %s.\n" % (len(guessed), "; ".join("`%s` (%s)" % (t[0], sd(t)) for t in guessed)))
    a("*Owner-chosen passwords* (a portal or device login the owner picked) (%d): %s.\n" % (
        len(owner), ", ".join("`%s`" % t[0] for t in owner)))
    a("Also invented or partly guessed: the everyday layouts `CKL-` (a real Reed-Solomon code inside an invented "
      "licence), `bmx_` (a real Internet checksum inside an invented key) and `ebk_` (a real SM3 tail) are invented; the "
      "macaroon, the HS512 JWT and the Django key are real formats used for invented purposes (caveats and claims are "
      "mine). The evasion prefixes `KLS-` and `emv_` and the two positional files are invented. Vendor layouts least sure: "
      "the Planet `PLAK` head, the what3words and SolarEdge lengths, the WooCommerce `cs_`/`ck_` bodies, the PayPal `E`/`A` "
      "heads, the eBay cert-id split, the Stripe `whsec_` body, the Resend split, the Twilio API-key secret, the Vonage "
      "lengths, the WhatsApp `EAA` length, the ntfy and Gotify heads, the DeepSeek, OpenRouter, Langfuse, Tavily, Firecrawl, "
      "E2B and Modal layouts, the Kaggle key, the Trello `ATTA` and Asana `2/` forms, the Netlify `nfp_` and Render `rnd_` "
      "heads, the Supabase claims, the LaunchDarkly `sdk-` key, the Wasabi, Cloudinary, Elastic and Axiom forms, the "
      "Checkly `cu_` head and the Splunk HEC token. Positional syntaxes are all from memory; least sure: `bacrd` and its "
      "argument order, EXOS `create account` with the value as last token, `linphonec register`, `sqlline -n/-p`, "
      "`nebula-console -p`, `turnadmin -p`, `hey -a`, `websocat --basic-auth`, `vmrun -gp`, `redfishtool -p`, `dislocker "
      "-u`, `cryfs` reading a pipe, `nmcli --ask` reading a pipe, `gnome-keyring-daemon --unlock` reading a pipe, "
      "`jarsigner` reading a here-string, pytds and jaydebeapi argument orders, Exposed `Database.connect` positions, "
      "Faraday's `:authorization, :basic` form, LWP `credentials`, Poco, rumqttc, the lua-mosquitto `login_set`, the kdb+ "
      "handle, crul `auth`, EWS `WebCredentials`, TestComplete, FlaUI, Serenity, Robotium, `idb ui text`, the pa11y action "
      "wording, the Aruba `mgmt-user` order, the saned.users and radcli formats, the davfs2 line, `sp_setapprole`, the "
      "FreeSWITCH event-socket `auth` line, Telit `#SGACT`, u-blox `+UPSD` tag 3, Qualcomm `$QCPDPP` (value before the "
      "user) and the tcpdump VRRP `auth` field. Negatives: SOPS and Jasypt bodies are random in frame; the Mapbox, "
      "Turnstile, hCaptcha, Square and GA4 public keys follow the look of real ones; felling-licence, compartment, "
      "certificate-serial and lab values have no check.\n")

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    for para in JUDGEMENT:
        a("- " + para)
    a("")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief274/` (p271 and p269), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch274/` was looked at.\n"
      "- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (%s) and the public Kingfisher rule files (%s), each brought in with the search tool's `fetch` and "
      "extracted into `/tmp/scratch274/`, for the vendor types marked *read* above. The remaining shapes, every positional "
      "syntax, every prose sentence and every game rule come from the builder's memory and are marked as believed or "
      "guessed where it matters. Published test vectors used in asserts (from memory, all passing): the QR code \"HELLO "
      "WORLD\" version 1-M data and error-correction codewords, the RFC 1071 section 3 checksum example, SM3 of `abc` and "
      "of `abcd` x 16 (GB/T 32905), RFC 8032 7.1 test 1, EC numbers 231-153-3, 231-791-2 and 200-001-8, the UK VAT "
      "example 123 4567 82.\n"
      "- Python's standard library (`hashlib` for SHA-1/256/384/512, PBKDF2 and the optional OpenSSL SM3 cross-check, "
      "`hmac`, `base64`, `json`, `re`, `csv`, `tomllib`, `xml.etree`, `struct`, `itertools`, `collections`) computes "
      "digests, HMACs and encodings and parses the containers; Reed-Solomon over GF(256), the Internet checksum, SM3, the "
      "macaroon serialiser and parser, HS256/HS512 JWTs, Ed25519 public keys, the EC and VAT checks, the QR data "
      "codewords, every encoder and every decoder are written by hand.\n" % (GITLEAKS, KINGFISHER))
    return "\n".join(L)


FAMILIES = {
    "kalah_sowing_store_seeds": "mancala sowing (Kalah) around a ring of pits and a store",
    "bingo_card_completing_ball": "bingo: the call that first completes a line, column or diagonal",
    "poker_showdown_winning_seat": "five-card poker hand ranking at a showdown",
    "cribbage_crib_show_points": "cribbage show counting (fifteens, pairs, runs, flush, nobs)",
    "klaverjas_trump_trick_points": "trick taking with trumps and card points (klaverjas / belote)",
    "tenpin_bowling_frame_totals": "ten-pin bowling with strike and spare bonuses",
    "darts_double_out_loser_leftover": "darts countdown with double-out and the bust rule",
    "pig_dice_hold_twenty_banked": "the dice game Pig with a hold-at-20 strategy",
    "cornhole_cancellation_inning_points": "cornhole cancellation scoring",
    "battleship_fleet_sinking_shot": "Battleship: the shot that sinks the fleet",
    "volleyball_sideout_rotation_server": "volleyball side-out serving rotation",
    "amidakuji_rung_descent_endpoint": "ghost-leg (Amidakuji) lottery ladders",
    "bulls_cows_feedback_deduction": "bulls and cows / Mastermind deduction",
    "knights_knaves_badge_totals": "knights and knaves truth-teller puzzles",
    "minesweeper_neighbour_clue_totals": "Minesweeper clue numbers summed",
    "tumbling_die_upper_face_totals": "a die tumbled over its edges, top faces summed",
    "lift_sweep_floor_travel": "the elevator (SCAN / LOOK) sweep",
    "regatta_discard_net_points": "sailing low-point scoring with a discard",
    "boggle_duplicate_strikeout_points": "Boggle scoring with shared words struck out",
    "blackjack_dealer_shoe_totals": "a blackjack dealer drawing to 17 from a shoe",
    "yacht_dice_category_points": "Yacht / Yahtzee category scoring",
    "devil_take_hindmost_survivor": "the devil-take-the-hindmost elimination race",
}

JUDGEMENT = [
    "Everyday: six owner-chosen passwords (ring-kiln controller, reactor HMI, sod-peat extruder console, bagging line, "
    "dipwell gateway, lab analyser PC) and six generated secrets (Reed-Solomon `CKL-` licence, RFC 1071 `bmx_` pairing key, "
    "SM3-tailed `ebk_` API key, macaroon telemetry token, HS512 grading JWT, Django SECRET_KEY). Reed-Solomon is an "
    "error-correcting code over GF(256), a relative of the earlier CRCs (both are polynomial codes, though RS adds symbol "
    "parity, not a remainder of a bit polynomial); the Internet checksum is a ones'-complement 16-bit sum, a relative of the "
    "earlier BSD sum, LRC, Fletcher and Adler; SM3 is a cryptographic hash used as a checksum, which a scorer may file with "
    "the earlier RIPEMD-160, SHA-512/256, BLAKE2s and Keccak tails. The brief asks for a JWT with a fitting alg and every "
    "JWS family is named by the READMEs (HS, ES, EdDSA, RSA and PSS); HS512 was kept because the grading service both issues "
    "and verifies its tokens, which is what an HMAC alg fits, but a scorer may count it as a repeat of the HMAC family – the "
    "macaroon (an HMAC-SHA256 chain with caveats in the libmacaroons v2 binary format) is the new token format of this "
    "corpus. The Django key has no check at all: only its `django-insecure-` head, alphabet and length say what it is, and "
    "its punctuation alphabet means some containers drop characters from it. Key names in everyday files say password / "
    "licence / key / token – that is how such files look; the key-name-free cases are in the positional source.",
    "Vendor: 120 types, 16 of them owner-chosen trade logins; many trade services (Puro.earth, Isometric, John Deere, "
    "HOBOlink, HydroVu, Sentinel Hub, the Met Office, Ordnance Survey, Victron, Teltonika RMS, Royal Mail Click & Drop, "
    "TrueLayer, Mailjet, Mistral, OVH) publish no token format the builder knows, so their types are recognisable only "
    "from the key name. Same-shape traps: UUIDv4 secrets (Royal Mail, Wise, TrueLayer, Opsgenie, Splunk, the Langfuse, "
    "LaunchDarkly and Axiom bodies) against the UUIDv4 job ids and hCaptcha site keys of the negatives; hex secrets "
    "(Particle, Victron, Mailjet, AssemblyAI, Deepgram, W&B, Azure OpenAI, Kaggle) against the SM3 and SHA digests; the "
    "Mapbox `sk.` secret against the `pk.` public tokens; the PyPI macaroon against this corpus's own everyday macaroons. "
    "Ids next to a secret stay unlabelled as the public half of a pair – arguable for the Wasabi access key, the WooCommerce "
    "`ck_` consumer key, the Square application id, the PayPal client id, the Twilio `SK` sid, the OVH application key, the "
    "Modal token id, the Langfuse public key, the Confluent API key and the ClickHouse key id, which some owners treat as "
    "sensitive. Webhook URLs are labelled whole.",
    "Containers: the kinds and styles are new names and mostly new files, but some are relatives of earlier ones and a "
    "scorer may count them as the same place: the CODESYS global variable list next to the earlier TIA Portal SCL block "
    "(both IEC 61131-3 structured text); Zephyr prj.conf next to the earlier PlatformIO and Arduino files; Frigate next to "
    "the earlier Shinobi NVR; Telegraf, WeeWX, KEPServerEX and Ignition next to the earlier Node-RED, ChirpStack and "
    "Grafana files; the regedit export next to the earlier legacy INI; Django, Symfony, Rocket, Ktor, Nuxt and dotnet "
    "user-secrets next to the earlier framework settings; Salt, Chef and Terraform next to the earlier Hiera, Ansible and "
    "CloudFormation files; GitLab CI and Woodpecker next to the earlier Concourse and TeamCity; Cloud Run, fly.toml, "
    "Netlify, Beanstalk and DigitalOcean next to the earlier Railway, Render, App Engine and Heroku captures; `ps auxww` "
    "and the access log next to the earlier `docker inspect` and `journalctl` captures; asciinema and `git stash show -p` "
    "next to the earlier shell histories and scrollback; the ODT next to the earlier docx and pptx parts; the .ics next to "
    "the earlier vCards; the zbarimg decode next to the earlier OCR texts; Mattermost and Google Chat next to the earlier "
    "chats; Trello and MediaWiki next to the earlier Jira, Confluence and Notion; Apple Passwords and Dashlane next to the "
    "earlier password-manager exports; the native credential files (pypi, cargo, gh, terraform, vault, sentry-cli, netrc, "
    "ngrok, s3cmd, kaggle) next to the earlier npm, gem, aws, doctl and hcloud files.",
    "Passwords: labelled when the value logs in or connects (BMCs over IPMI and Redfish, Azure, OpenShift, Vertica, "
    "Phoenix, SQL Server bcp, NebulaGraph, MinIO, MQTT, HTTP basic auth in several tools and libraries, Fossil, Mumble, "
    "WebSockets, VMware guests, SIP registration, WMI, Exchange Web Services, Salesforce, ownCloud, Trino, Zabbix, AMQP, "
    "databases in many languages, kdb+, ODBC, Wi-Fi, OpenVPN, WebDAV, rsync, RADIUS, RTSP cameras, scanners, the FreeSWITCH "
    "event socket, the Tor control port, GPRS contexts on three modem families, OrientDB), creates or stores an account "
    "(`newusers`, `sp_addlogin`, `turnadmin`, EXOS `create account`, Aruba `mgmt-user`, the invented files, an SQLite "
    "insert and a `COPY`), unlocks or decrypts (VeraCrypt, CryFS, BitLocker through dislocker, a macOS keychain, the GNOME "
    "keyring, Bitwarden, a PDF, PFX and PKCS#12 files, a Java keystore, an application role) or is typed by automation "
    "(TestCafe, Espresso, XCUITest, Capybara, Dusk, SikuliX, AutoHotkey, AppleScript, Hammerspoon, TestComplete, FlaUI, "
    "Protractor, Serenity, Robotium, adb, idb, pa11y). Weakest kept cases, with a hint nearby: the clipboard copies "
    "(xclip, clip.exe), `HASHBYTES` and the md5 concatenation (the value is being hashed), the VRRP simple-auth key (an "
    "8-character shared key), the radcli and hostapd lines (a shared secret and a Wi-Fi passphrase, written without "
    "their file names because those names say secret or psk), the Tor control password, the BACnet reinitialise "
    "password and the invented files (their value column has an empty header cell). Closest relatives of earlier "
    "syntaxes, kept because the tool, library or mechanism differs: `mosquitto_pub -P` next to the earlier `mqttx -P`; "
    "`bcp -P` next to the earlier `sqlcmd -P`; `ipmitool` and `redfishtool` next to the earlier `racadm` and `ilorest`; "
    "Telit `#SGACT`, u-blox `+UPSD` and Qualcomm `$QCPDPP` next to the earlier `AT+CSTT`, `AT+CWJAP`, `AT+CGAUTH` and "
    "`AT+QICSGP`; the URL user-info forms (fossil, mumble, kombu, go2rtc, RTSP) next to the earlier hg, psql, git, "
    "ovftool and dblink forms; the clipboard commands next to the earlier `pbcopy`; `sp_addlogin` and `sp_setapprole` next "
    "to the earlier `sp_addlinkedsrvlogin`; the basic-auth library calls next to the earlier requests, OkHttp, Unirest, "
    "superagent and aiohttp calls; the GUI drivers next to the earlier Playwright, WebdriverIO, Nightwatch, Appium, Detox, "
    "Watir and Selenide calls (different frameworks, several with a similar method shape). Left out: everything whose own "
    "text says pass / pwd / secret / pw, FTP, POP3, IMAP, SMTP and LDAP logins, Samba and SSH tools, archive flags, Redis, "
    "Cassandra and Mongo shells, MySQL and Oracle forms, registry logins, xdotool-style typers, IRC, RCON and the tools "
    "the READMEs already used.",
    "Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence: good for "
    "Finnish, Turkish, Russian, Indonesian, Galician, Korean; fair for Estonian, Hungarian, Greek, Icelandic, Serbian, "
    "Bosnian, Hebrew, Hindi, Thai, Tagalog, Swahili, Kazakh, Uzbek, Luxembourgish, Basque; modest for Lithuanian, Faroese, "
    "Marathi, Gujarati, Tamil, Kannada, Malayalam, Mongolian, Scottish Gaelic, Occitan, Breton; low for Sinhala, Lao, "
    "Burmese, Yoruba, Hausa, Zulu, Manx, Maori (word choice, loans, diacritics and word order unchecked). Loan words "
    "(password in Tagalog, पासवर्ड, ಪಾಸ್‌ವರ್ಡ್, പാസ്‌വേഡ്, Passwuert, iphasiwedi) are kept as people use them. `swh` is "
    "Swahili (the individual language), `mon` Mongolian (the macrolanguage, written in Cyrillic), `uzb` Uzbek (Latin "
    "script), `ell` Modern Greek, `mri` Maori.",
    "Evasions: every run is a set of small games or puzzles a patient human can solve with the stated rule and pencil "
    "(the klaverjas tricks, the cribbage shows, the regatta races and the word-game rounds are long and tedious; the "
    "darts legs want care with busts and the throws after the leg). The runs look like fireside quiz rounds, bothy "
    "puzzle cards and newsletter games corners, and genuine twins sit in the negatives (`fireside_games_genuine_scoresheets`: "
    "real ten-pin score lines with their totals and darts-night results), so a detector that flags the look is flagging "
    "the look, not the content. Several runs contain the answer as one of their numbers by design (the bingo ball, the "
    "poker seat, the volleyball player, the ghost-leg foot, the surviving rider): finding which number is the puzzle; in "
    "the sowing boards the store's starting count is close to the answer because a few moves add only a few seeds. Runs "
    "reach about eleven thousand characters and an entropy detector may flag some of them.",
    "Negatives: EC and VAT numbers carry real checks; the IPv4 headers, the QR codeword dumps and the SM3 digests use "
    "exactly the algorithms of three positive layouts (public data that passes a positive's check – a deliberate trap for "
    "check-only detectors); the PBKDF2 and SSHA hashes sit in columns called `password` and `userPassword` (a trap); the "
    "Mapbox `pk.` tokens, Turnstile and hCaptcha site keys, Square application ids and GA4 ids are public by design; the "
    "templates use this corpus's own key names with placeholders (a trap for key-name-only detectors); masked previews "
    "keep a vendor head and at most four characters; CloudFormation dynamic references and External Secrets references "
    "are pointers; SOPS and Jasypt values are ciphertexts whose key is elsewhere; the documentation shows x-filled, "
    "X-filled and zero-filled layouts (`EZAK` + 54 x, `ebk_` + 32 X, `bmx_` + 32 zeros) that a shape-only detector will "
    "flag. The most arguable class is `own_layout_lookalikes_with_bad_checks` (this corpus's own layouts with deliberately "
    "broken parity, checksum or tail, in unit tests and a refusal journal – no such value can be in use, but a shape-only "
    "detector will flag them). Digests, hashes, public keys and ciphertexts are high-entropy on purpose.",
    "Hosts: every host of the invented world is under `.example` or in the private ranges; vendor endpoints keep their "
    "real domains where a file would name them (hooks.slack.com, discord.com, office.com webhooks, io.adafruit.com, "
    "s3.eu-west-2.wasabisys.com, app.terraform.io, de.sentry.io, api.wandb.ai, gitlab.com, the portals of the trade "
    "schemes in the password-manager exports).",
]
