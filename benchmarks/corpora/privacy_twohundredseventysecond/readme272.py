"""Renders README.md from the generated data and the module tables."""
from collections import Counter

import checks272
import common272 as C
import enc272
import everyday272 as E
import evasions272 as EV
import negatives272 as N
import positional272 as P
import prose272 as PR
import vendor272 as V
import world272 as W

# where a "read" shape comes from (public rule files read this session) and
# what in it is the builder's own choice
READ_REF = {
    "stormglass_marine_weather_api_key": "Kingfisher stormglass (73 of [0-9A-Za-z-]); two UUIDv4 joined by `-` believed",
    "openweather_one_call_api_key": "Kingfisher openweather (32 of [a-z0-9]); hex mine",
    "particle_device_cloud_access_token": "Kingfisher particle.io (40 alphanumerics); hex mine",
    "blynk_device_auth_token": "Kingfisher blynk (device token, 32 of [a-zA-Z0-9_-])",
    "adafruit_io_key": "Kingfisher adafruitio (aio_ + 28)",
    "grafana_cloud_access_policy_token": "gitleaks grafana-cloud-api-token (glc_ + Base64); the JSON body believed",
    "grafana_service_account_token": "gitleaks grafana-service-account-token",
    "mapbox_secret_access_token": "Kingfisher mapbox (sk. + 32-128 + . + 20-30); the {u, a} JSON body and 22 believed",
    "square_production_access_token": "gitleaks square-access-token, Kingfisher square (EAAA + 60)",
    "square_oauth_application_secret": "Kingfisher square (sq0csp- + 43); the sq0idp- id beside it from Kingfisher squareup",
    "paypal_rest_client_secret": "Kingfisher paypal (secret 44-80 of [a-z0-9_.-]; 80 mine; the 80-character client id believed)",
    "shopify_app_shared_secret": "gitleaks shopify-shared-secret",
    "shopify_custom_app_access_token": "gitleaks shopify-custom-access-token",
    "snipcart_secret_api_key": "Kingfisher snipcart (75 of [0-9A-Za-z_]; alphanumerics mine)",
    "ticket_tailor_api_key": "Kingfisher tickettailor",
    "eventbrite_private_oauth_token": "Kingfisher eventbrite (20 of [0-9A-Z])",
    "planyo_api_key": "Kingfisher planyo (62 of [0-9a-z])",
    "loyverse_pos_access_token": "Kingfisher loyverse (32 of [0-9a-z]; hex mine)",
    "shippo_live_api_token": "gitleaks shippo-api-token",
    "easypost_production_api_key": "gitleaks easypost-api-token, Kingfisher easypost",
    "wise_business_api_token": "Kingfisher transferwise (UUID; v4 mine)",
    "zoho_books_refresh_token": "Kingfisher zohocrm (1000. + 32 hex + . + 32 hex)",
    "hubspot_private_app_access_token": "Kingfisher hubspot (pat-eu1- + UUID; v4 mine)",
    "pipedrive_personal_api_token": "Kingfisher pipedrive (40 alphanumerics; hex believed)",
    "jotform_api_key": "Kingfisher jotform (32 alphanumerics)",
    "typeform_personal_access_token": "gitleaks typeform-api-token (tfp_ + 59)",
    "sendgrid_mail_send_api_key": "gitleaks sendgrid-api-token (SG. + 66; the 22 . 43 split believed)",
    "sparkpost_api_key": "Kingfisher sparkpost (40 alphanumerics; hex believed)",
    "mandrill_transactional_api_key": "Kingfisher mandrill (20-24 of [a-zA-Z0-9_-]; the md- head believed)",
    "telnyx_api_key_v2": "Kingfisher telnyx (KEY + 55)",
    "whatsapp_cloud_system_user_token": "gitleaks facebook-page-access-token (EAAM/EAAC + 100 or more; 150 mine)",
    "slack_incoming_webhook_url": "gitleaks slack-webhook-url",
    "teams_incoming_webhook_url": "gitleaks microsoft-teams-webhook, Kingfisher microsoftteamswebhook (UUIDs v4 mine)",
    "pushbullet_access_token": "Kingfisher pushbullet (34 of [A-Za-z0-9_.]; the o. head believed)",
    "onesignal_rest_api_key": "Kingfisher onesignal (UUID; v4 mine)",
    "cohere_production_api_key": "gitleaks cohere-api-token (40 alphanumerics)",
    "xai_grok_api_key": "Kingfisher xai (xai- + 80)",
    "elevenlabs_api_key": "Kingfisher elevenlabs (sk_ + 48 hex)",
    "deepgram_api_key": "Kingfisher deepgram (40 of [0-9a-z]; hex mine)",
    "assemblyai_api_key": "Kingfisher assemblyai (32 of [0-9a-z]; hex mine)",
    "weights_and_biases_api_key": "Kingfisher weightsandbiases (40 hex)",
    "azure_openai_resource_key": "Kingfisher azureopenai (32 hex)",
    "nvidia_nim_api_key": "Kingfisher nvapi (nvapi- + 64)",
    "clarifai_personal_access_token": "Kingfisher clarifai (32 alphanumerics; hex mine)",
    "github_classic_personal_access_token": "gitleaks github-pat",
    "github_app_installation_token": "gitleaks github-app-token",
    "gitlab_project_deploy_token": "gitleaks gitlab-deploy-token",
    "gitlab_runner_authentication_token": "gitleaks gitlab-runner-authentication-token",
    "atlassian_cloud_api_token": "gitleaks atlassian-api-token (ATATT3 + 186)",
    "linear_personal_api_key": "gitleaks linear-api-key",
    "doppler_personal_token": "gitleaks doppler-api-token",
    "onepassword_service_account_token": "gitleaks 1password-service-account-token (ops_eyJ + 250 or more Base64); the JSON fields believed",
    "vault_service_token": "gitleaks vault-service-token (hvs. + 90-120; 92 mine)",
    "terraform_cloud_user_api_token": "gitleaks hashicorp-tf-api-token, Kingfisher terraformcloud (14 . atlasv1 . 67)",
    "flyio_deploy_token": "gitleaks flyio-access-token (fm2_ + 100 or more Base64; 140 and the == mine)",
    "supabase_personal_access_token": "Kingfisher supabasetoken (sbp_ + 40 of [a-z0-9]; hex mine)",
    "docker_hub_access_token": "Kingfisher dockerhub (dckr_pat_ + 27)",
    "postman_api_key": "gitleaks postman-api-token",
    "sonarcloud_user_token": "gitleaks sonar-api-token (squ_ + 40; hex mine)",
    "figma_personal_access_token": "Kingfisher figma (figd_ + 40 of [a-z0-9_-])",
    "clickup_personal_api_token": "Kingfisher clickup (pk_ + 7-8 digits + _ + 32 of [0-9A-Z])",
    "trello_api_token": "Kingfisher trello (token 60-70 of [a-z0-9-]; the ATTA + 64 hex form believed)",
    "ngrok_agent_authtoken": "Kingfisher ngrok ([a-z0-9]{25,30}_\\d[a-z0-9]{20}, case-insensitive; the leading 2 and 26 mine)",
    "honeycomb_ingest_api_key": "Kingfisher honeycomb (32 hex)",
    "betterstack_source_token": "Kingfisher betterstack (24 alphanumerics)",
    "scaleway_api_secret_key": "Kingfisher scalewaykey (UUID; v4 mine; the SCW access key beside it believed)",
    "vultr_api_key": "Kingfisher vultrapikey (36 of [A-Z0-9])",
}

GUESS_NOTES = {
    "teams_incoming_webhook_url": "the whole URL labelled",
    "slack_incoming_webhook_url": "the whole URL labelled",
    "discord_channel_webhook_url": "the whole URL labelled",
}


def _tick(s):
    return "`%s`" % s


def render(data, ctx, muts, deny, status):
    S, EVR, NG = data["secrets"], data["evasions"], data["negatives"]
    src = Counter(r["source"] for r in S)
    out = []
    w = out.append
    w("# privacy_twohundredseventysecond (p272) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**oyster farms, seaweed harvesters and shellfish depuration plants** and the developers and staff who build and run "
      "their software. " + W.WORLD_PARAGRAPH + " People: " + ", ".join(W.PEOPLE) + ". Private hosts sit in " + W.PRIVATE_NET +
      "; every other host of the world is under `.example`; harvest areas, vessels, customers, lots and numbers are invented. "
      "Secrets sit where this trade puts them: the devices (a Tasmota relay's Berry script, a Shelly script on the kiln fans, "
      "Telegraf on the cold-store Pi, CircuitPython salinity loggers, the ESP-IDF FLUPSY pump controller, the workboat's Traccar "
      "server, the pontoon weather mast's weewx, Frigate on the pier cameras, Homebridge and a NodeMCU relay in the tank room), "
      "the back office (Django, WordPress / WooCommerce, Symfony, Ktor, .NET user-secrets, Nuxt, Flutter, iOS xcconfig, Android "
      "local.properties, Streamlit), ops (Terraform, Packer, Salt, Chef, an Ansible inventory, supervisord, PM2, Podman Quadlet, "
      "HAProxy, Windows Task Scheduler), developer places (Jupyter, just, Task, pytest-env, logcat) and the messy places (an SMS "
      "backup, a Trello card, an OpenDocument spreadsheet, an mbox, call captions, an OCR'd whiteboard, a pdftotext handover, a "
      "calendar invite, a slide deck, a Messenger export). The vendors are the trade's own (Food Standards Scotland, the FSA, "
      "Cefas, Crown Estate Scotland, SEPA, the Marine Directorate, ASC, Seafish, Eurofins, Companies House, Rural Payments, "
      "Hanna Cloud, Copernicus Marine, the Admiralty tidal API, Stormglass, WorldTides, Windy, OpenWeather, Sentinel Hub, Planet, "
      "MarineTraffic, HOBOlink, HydroVu, Particle, Blynk, Adafruit IO, Soracom, Victron VRM, InfluxDB, Grafana, Mapbox) next to "
      "the shop, booking, stock, payment, shipping, messaging, AI, developer and ops services such developers use; the negatives "
      "come from the same world (IMO and MMSI numbers, Finnish and RF payment references, ISSNs, tray labels and lot codes that "
      "pass two of the positives' algorithms, IPv4 header checksums, P-256 public keys, digests, Django and argon2 hashes, "
      "publishable keys, placeholders, masked values, secret references, ciphertexts, docs, IT-policy prose, failing look-alikes "
      "of this corpus's own layouts, harvest-area classifications, kiln logs, depuration telemetry and genuine puzzle answers).\n")
    w("Everything is produced by `build.py` and its modules (`common272.py`, `world272.py`, `everyday272.py`, `vendor272.py`, "
      "`positional272.py`, `prose272.py`, `enc272.py`, `dec272.py`, `evasions272.py`, `negatives272.py`, `checks272.py`, "
      "`readme272.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds "
      "(%d everyday values, %d everyday pairing, %d the ES256 device keys, %d vendor values, %d the HS256 key, %d positional, "
      "%d prose, %d evasions, %d negatives, %d the negatives' P-256 keys), no clock, no network, no bytecode written. "
      "`python3 build.py [outdir]` runs the hand-written algorithms' self-test, generates everything twice in one process and "
      "compares the bytes of the three JSONL files, parses them back, runs every check and %d mutation tests, renders this README "
      "twice and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief272/`.\n"
      % (E.SEED_VALUES, E.SEED_PAIRING, E.SEED_JWT_KEYS, V.SEED, V.SEED_HS, P.SEED, PR.SEED, EV.SEED, N.SEED, N.SEED_KEYS, len(muts)))

    # ------------------------------------------------------------------ independence
    w("## Independence\n")
    w("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. Exactly what was opened:\n")
    w("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredseventysecond/`), created with `mkdir -p` "
      "in the same command that created the scratch directory `/tmp/scratch272/`, and listed with `ls -la` once right after (its own "
      "`.` and `..` lines; the `..` line shows only the parent's metadata, not its contents) and once after the final build. Its files "
      "were created with the file editor (`readme272.py` first as a stub through a shell here-document), edited with small Python "
      "`str.replace` scripts and `sed -i` substitutions, grepped with `grep -n` / `grep -c` in its own modules, and imported and run "
      "with `python3 -B` (trial imports, `build.py --freeze`, trial builds written to `/tmp/scratch272/trial`, the final "
      "`python3 build.py`). The parent directory was never listed, opened or searched, nothing else under `/work/main` was opened, "
      "listed, grepped or searched, and git was never run there.\n"
      "- Project material: only the two READMEs in `/tmp/brief272/` (`README_twohundredsixtyninth.md`, p269, poultry farms, "
      "hatcheries and egg packers; `README_twohundredseventieth.md`, p270, quarries, gravel pits and aggregate hauliers). The "
      "directory was listed once with `ls -la`, the files sized with `wc -c`, measured with an `awk` line-length listing, their "
      "headings listed with `grep -n '^## '`, read with `cat` (the first file; the tool cut the long output) and `sed -n` line "
      "ranges (twice piped through `cut`), and parsed by a scratch extraction script and by `common272.extract_denylist`. They were "
      "used only to learn the file format and what is already covered.\n"
      "- `/tmp`: besides `/tmp/brief272/` and `/tmp/scratch272/`, the only places read were the shell tool's own job directories of "
      "two of the builder's background commands (`/tmp/bash_jobs.0/<job>/stdout`, and for the second also `stderr`, read with "
      "`cat`: an encoder round trip and a first trial build); two runaway runs (a round trip stuck in a slow encoder and a trial "
      "build stuck in an over-eager check) were stopped with `kill` on their own process ids, found with `ps aux | grep`. The scratch "
      "directory holds the extracted gitleaks rule file, the extracted Kingfisher rule directory, a small `awk` pattern printer, a "
      "deny-list trial script, the encoder round-trip, timing, mutation and sample-printing scripts, and trial output.\n"
      "- Tooling: `python3 --version`; `/work/.library/search/README.md` read once (first 50 lines); `/work/.library/env/` was not "
      "opened, no package was installed and no registry was queried. The pre-installed `cryptography` package was imported twice (once to "
      "print its version, once in a scratch script) to cross-check the hand-written P-256 ECDSA (signing and verifying both ways on 20 random keys); the build "
      "itself uses only the standard library.\n"
      "- Public material, through the search tool's `fetch` only (no search, find or read look-ups): `gitleaks/gitleaks` (commit "
      "`b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`; `config/gitleaks.toml` extracted with `git show`; the ids of all 222 rules and the "
      "regexes of about 70 printed by a `tomllib` filter) and `mongodb/kingfisher` (commit `ee7c0db3ef87575768f817820c24736249ffcdef`; "
      "`data/rules/` extracted with `git archive`; the file list, one `ls | grep -iE` filter for about 40 vendor names, and the pattern blocks of about 100 "
      "rule files printed by an `awk` script, two more with `grep -A`). `git log -1` was run in those two mirrors only. Read for shape only: no credential value "
      "or rule example was copied; every value is generated. Betterleaks, CredSweeper and vendor documentation were not opened.\n")
    n_names = len(deny["names"])
    w("The deny-list (`common272.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      "lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), "
      "the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language pairs such as `csv` and `id`, "
      "which only makes the list stricter), the names and name words of those pairs (%d) and the %d earlier encoding names. It is "
      "frozen in `brief_names.json`; when `/tmp/brief272/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Ideas the READMEs name only in prose were avoided by hand, and three hand lists in `checks272.py` make part of that "
      "checkable: `HAND_TOOLS` (%d tools and mechanisms of their left-out, dropped and relative lists, joined at run time by every "
      "non-generic token of the earlier syntax names: %d tokens in all; `GENERIC_SYNTAX_TOKENS` lists the %d words treated as "
      "generic) that no positional syntax name may contain as a `_` token, `HAND_IDEAS` (%d avoided, set-aside and relative idea "
      "words, joined by every token of the earlier encoding names, plurals folded: %d tokens) that no encoding name may contain, "
      "and `prose272.HAND_LANGUAGES` (English, Catalan, Latin, Chinese, Irish, Persian, Arabic, which the READMEs name outside the "
      "pairs). Planning against these lists renamed five encodings whose tokens were earlier ideas (`…_last_drops` → "
      "`…_last_falloff`: the egg-drop puzzle; `neighbour_outscore_…` → `higher_scorer_…`: the mark-the-neighbours pick; "
      "`…_route_change_…` → `…_route_swap_…`: change-making; `…_seed_then_grow_…` → `…_seeding_growing_…`: the earlier look-then-leap; "
      "`hit_number_…` → `card_hit_…`: number words), replaced two WinRM syntaxes (`winrs`, `pywinrm`) because evil-winrm is on "
      "p269's dropped list, and the check caught six syntax names while building (the tokens `ppp` and `send`, `macro`, "
      "`grader` and `sheet`, `mqtt`, `clone`, `driver`), which were renamed; two MQTT client calls were swapped for other mechanisms to keep the "
      "MQTT relatives few. Novelty is checked against these two READMEs only; older corpora may share a vendor, a syntax, a "
      "language or an idea.\n"
      % (n_names, len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), len(deny["earlier_encodings"]),
         status, len(checks272.HAND_TOOLS), len(checks272.earlier_tool_tokens(deny)), len(checks272.GENERIC_SYNTAX_TOKENS),
         len(checks272.HAND_IDEAS), len(checks272.earlier_idea_tokens(deny))))

    # ------------------------------------------------------------------ files
    w("## Files and counts\n")
    w("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), len(S), len({r["type"] for r in S}), len({r["container"] for r in S}), src["everyday"], src["vendor"],
        src["password"], src["prose"], src["prose"]))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings x 3 types |" % (len(EVR), len(EVR), len({r["type"] for r in EVR}),
                                                                           len({r["container"] for r in EVR}), len({r["encoding"] for r in EVR})))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(NG), len({r["container"] for r in NG}), len({r["class"] for r in NG})))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, `language_names`, `earlier_encodings`) |\n")
    w("Schema: positives `id` (`p272-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly one "
      "span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p272-e-NNNN`): `id`, "
      "`type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with `value`, `start`, `end`, `type`, "
      "`plain` – the clean secret – and `encoding`), `source` (`evasion`). Negatives (`p272-n-NNNN`): `id`, `class`, `container`, "
      "`text`, `source` (`negative`). Python code-point offsets with `text[start:end] == value`; UTF-8 JSON lines written with "
      "`ensure_ascii=False`.\n")
    where = Counter(P.INFO[r["type"][len(P.PREFIX):]][1] for r in S if r["source"] == "password")
    w("**Scale.** Everyday 180 = 12 types x 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one record per "
      "type). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose %d in %d languages (spares "
      "written down and unused: %s). Evasions %d = 22 x 3. Negatives %d = %d classes x 2 base kinds x 6 records (each base kind "
      "twice plain and twice in each of two wrappers). Positives total %d (asked: 440–470). Strings drawn through the registry "
      "(values, vendor neighbours, evasion plains and runs): %d.\n" % (
          src["vendor"], src["password"], ", ".join("%s %d" % kv for kv in where.most_common()), src["prose"], src["prose"],
          ", ".join("`%s` (%s)" % sp for sp in PR.SPARES), len(EVR), len(NG), len(N.CLASSES), len(S), len(ctx["registry"])))

    # ------------------------------------------------------------------ conventions
    w("## Conventions\n")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or protocol "
      "element – never the quotes, the key or the flag. For user-info URLs and colon pairs (`cvs :pserver:`, `fossil`, `remmina`, "
      "`vlc`, `websocat`, `socat proxyauth=`, `ttyd -c`, `bundle config`, `zkCli addauth`, kazoo `add_auth`, the 3proxy, haproxy, "
      "yum and go2rtc files) only the part after the colon and before any `@` or `:CL:` head; for `tf /login:` only what follows the "
      "comma; for `mpc -h 'VALUE@host'` only what precedes the `@`; in the SMPP capture only the printable value between its NUL "
      "bytes (the length bytes of the PDU header are real); in the Git remote URL only the token after `user:`; in the Cloudinary "
      "URL only the API secret. Values pasted where they do not belong (the SMS backup, the Trello card, the spreadsheet cell, the "
      "mbox, the call captions, the whiteboard OCR, the handover PDF, the calendar invite, the slide, the Messenger export, the "
      "logcat line, the password-manager exports, the iMessage thread, the Help Scout note) are labelled. The Slack, Discord and "
      "Teams webhook URLs are labelled whole (the URL is the secret).\n"
      "- Owner-chosen passwords are a word of this world (%d words, letters only: %s …; no firm, host, place or person name) "
      "capitalised with probability 0.5 in everyday and vendor values (0.3 for positional and prose values, 0.35 for the evasion "
      "password) + a joiner + a tail people of this trade use (2–4 digits or a year, a depuration tank `Tank1`–`Tank9`, an oyster "
      "grade `No1`–`No5`, a bed `Bed1`–`Bed59`, or a cycle length in hours such as `42h`). Everyday and vendor passwords use the "
      "joiners `- _ . ! @ + ~ # * =` (minus whatever the container cannot hold) and are checked against `%s`; positional, prose "
      "and evasion passwords use only `- _ .` and are checked against `%s`; the word must be one of the list (checked). Values are "
      "never escaped: each container kind and vendor style declares the characters it could not hold literally (quotes and `\\` "
      "in JSON, JS, PHP, Python, Lua, Berry, TOML, HCL and YAML double-quoted strings, `'` in single-quoted YAML, SQL-ish and PHP "
      "strings, `$` where Telegraf, sdkconfig, HOCON, Terraform, Compose, Woodpecker, Quadlet, HAProxy or R would expand it, `%%` "
      "in supervisord, Salt, Quadlet and HAProxy, `{}` in Frigate, Salt, justfile and Taskfile templates, `#` and `;` where "
      "comments start, `,` in weewx lists and supervisord, `/` in xcconfig, `&<>` in XML and WebVTT, `,;\\` in iCalendar TEXT, "
      "`,\"` in CSV, `@:/` in URL user-info, spaces where the value is bare) and a value is drawn without them.\n"
      % (len(C.WORLD_WORDS), ", ".join(C.WORLD_WORDS[:30]), C.PW_RE.pattern, C.PW_STRICT_RE.pattern))
    w("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; "
      "no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn through one registry that "
      "refuses repeats, any string in a 6+ character substring relation with an earlier one and any non-v4 UUID. A negative is "
      "redrawn if it contains a registry string of 6+ characters, a world word + joiner + tail (the password form, any case, "
      "joiners `- _ . ! @ + ~ # * = & : /`), any JWT-shaped string or a non-v4 UUID, or repeats an earlier negative. In positive "
      "texts the only password-form string is inside the labelled span, and evasion texts contain none (checked).\n"
      "- Structured values are valid and checked. Everyday: `GVL-` licences end in the real Singapore NRIC check letter of their "
      "seven digits (weights 2 7 6 5 4 3 2, +4 for the T series, remainder mod 11 read through JZIHGFEDCBA; asserted on "
      "S1234567D); `DRC-` release codes end in the real Finnish bank-reference check digit (weights 7 3 1 from the right; asserted "
      "on 123456 → 1); `KGA-` activation codes follow the Turkish identity-number rule for their last two digits (asserted on "
      "10000000146); `tpx_` keys end in the real RFC 1071 Internet checksum of their body (asserted on the RFC 1071 example "
      "`00 01 f2 03 f4 f5 f6 f7` → 0x220d and on a textbook IPv4 header → 0xb861); tank-logger device tokens are real ES256 JWTs "
      "(P-256 arithmetic in Jacobian coordinates, RFC 6979 deterministic nonces and ECDSA signing and verifying, all written by "
      "hand; asserted on RFC 6979 A.2.5 – the public key, the nonce k and the (r, s) signature of \"sample\" – and cross-checked "
      "once in scratch against the `cryptography` package) verified with the public key of the logger that signed them; Django "
      "keys are 50 characters of Django's own alphabet. These algorithms (NRIC mod 11 with a letter table, the 7-3-1 mod 10, the "
      "Turkish odd/even pair, RFC 1071, ECDSA P-256) differ from every check, hash, cipher and signature the two READMEs used or "
      "name as earlier (S10, CAS, GB 32100, RIPEMD-160, ChaCha20-Poly1305, PASETO, codice fiscale, sdbm, ABN, macaroons, GS1, "
      "UIC, HS256, bech32, X25519, Ed25519 and the long list p270 names). Vendor frames: the Supabase service-role key and the n8n "
      "API key are real HS256 JWTs under a discarded key (verified); the Grafana Cloud and 1Password service-account tokens are "
      "Base64 of real JSON frames and the Mapbox secret token carries a base64url JSON body (all decoded back); every other vendor "
      "value is checked against a regular expression built from the same spec that generated it. Every UUID-shaped substring of "
      "every text is version 4 and every JWT-shaped substring verifies. Negatives: IMO numbers (asserted on 9074729), Finnish "
      "references, RF creditor references (ISO 11649, asserted on RF18539007547034), ISSNs (asserted on 0378-5955), tray labels, "
      "lot codes and IPv4 headers carry real checks; the P-256 keys are real points checked on the curve; the Django hashes are "
      "recomputed from inputs kept in memory; digests are real digests of random bytes; argon2, SOPS and SealedSecret bodies are "
      "random in a real frame.\n")
    nb = "; ".join("%s: %s" % (t, lab) for t, cat, spec, s_, lab, g, st, sn in V.V if lab)
    w("- Public neighbours are unlabelled: user names, hosts, key names and the public half written next to a vendor secret (" + nb +
      "), and the user half of every user / password pair.\n"
      "- Key names follow each container's own case style: upper, snake, camel, pascal, kebab (the Task Scheduler argument), "
      "dotted (Traccar, Android local.properties), colon-pascal (`Section:Key` in .NET user-secrets), header (`X-…` in Telegraf "
      "and HAProxy), title (spreadsheet cell, whiteboard OCR, slide), spaced (SMS, Trello, mail, captions, handover, invite, "
      "Messenger, iMessage, Help Scout) and native (SDK arguments, the CLI credential files of Terraform, Vault, Netlify, flyctl, "
      "Supabase, Particle, ngrok, influx, gitlab-runner and Grafana Alloy, the Git remote URL and the Keeper, NordPass and Apple "
      "Passwords columns keep their own fields). Everyday key names are the type's key words without the check or format word "
      "(`GRADER_VISION_LICENCE`, not `…_NRIC_…`; `BOOKINGS_SECRET_KEY`, not `…_DJANGO_…`); vendor key names are the full type name "
      "in the style's case; neighbour keys are the vendor's first word + the neighbour's label in the same case.\n")

    # ------------------------------------------------------------------ categories
    w("## Categories (positives)\n")
    w("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in E.TYPES) + ".\n")
    w("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s; %s)" % (k[0], k[1], k[2]) for k in E.KINDS) +
      ". Pairing (seed %d): the 45 kinds form 15 blocks of three; every block deals its own seeded permutation of the 12 types, "
      "four to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets "
      "therefore also land in implausible places (a device JWT in Django settings, a Django key in a Traccar file).\n" % E.SEED_PAIRING)
    w("Vendor (%d types, container `<type>__<style>`; shape – where the shape comes from: *read* this session in the public "
      "gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published shape so the type "
      "is recognisable only from its key name, *owner* for owner-chosen passwords – the public neighbour if any, and the style):\n" % len(V.V))
    for cat, title in V.CATS.items():
        items = [v for v in V.V if v[1] == cat]
        w("*%s* (%d): " % (title, len(items)) + "; ".join(
            "`%s` (%s – %s%s – in `%s`)" % (t, V.shape_desc(t), s_, (" – next to it: " + lab) if lab else "", st)
            for t, c_, spec, s_, lab, g, st, sn in items) + ".\n")
    sc = Counter(v[6] for v in V.V)
    w("Vendor styles (%d, chosen per type for where that key lives; owner-chosen passwords go to the office styles): " % len(V.STYLES) +
      "; ".join("`%s` (%s, %s, %d)" % (s[0], s[1], s[2], sc[s[0]]) for s in V.STYLES) + ".\n")
    w("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): " % (
        len(P.S), P.PREFIX, ", ".join("%s `%s`" % kv for kv in P.WHERE.items())) +
      "; ".join("`%s%s` (%s, %s)" % (P.PREFIX, s[0], s[1], s[2]) for s in P.S) +
      ". None of them is among the syntaxes or names of either README (compared with and without the `oypw_` prefix; checked), no "
      "syntax name contains an earlier tool token (checked), and no positional text contains `pass`, `pwd` or `secret` in any case "
      "or a `pw` token (checked) – which rules out `--password`, `passwd`, `-pw`, `PWD=`, `auth-user-pass`, `insecure-password`, "
      "`username_pw_set` and every tool that names the field; UI fields are the neutral `f1` / `f2`, and the two invented files "
      "leave their value column unnamed.\n")
    w("Prose: someone gives the password of the office PC at the depuration plant and asks that it be kept to oneself; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares written down and unused: %s. None of "
      "them or the spares is among the languages of either README or on the hand list (checked: code against the codes, all "
      "deny-listed names and the hand list; name and every name word against the language names and the hand list). Scripts: %s. "
      "Every value is set off by whitespace on both sides (checked); Korean and Cantonese, which put particles or punctuation right "
      "after a word, have a space before and after the value as people type around Latin text; Hebrew is right-to-left with the "
      "Latin value embedded; Basque, Marathi, Hindi, Gujarati, Tamil, Kannada, Malayalam, Sinhala, Korean and Tajik put a copula "
      "after the value; the Kannada and Malayalam loan words for password contain a zero-width non-joiner and the Sinhala word for "
      "centre a zero-width joiner, as typing produces, never next to the value.\n" % (
          PR.TYPE, ", ".join("`%s`" % f for f in PR.FORMATS), ", ".join("`%s` (%s)" % (l[0], l[1]) for l in PR.L),
          ", ".join("`%s` (%s)" % sp for sp in PR.SPARES), ", ".join(sorted({l[2] for l in PR.L}))))

    # ------------------------------------------------------------------ evasions
    w("## Evasion encodings\n")
    w("; ".join("`%s` = \"%s\"" % (n, enc272.ENC[n][1]) for n in enc272.ENC) + ".\n")
    w("Families: " + "; ".join("%s (`%s`)" % (enc272.FAMILIES[n], n) for n in enc272.ENC) + ".\n")
    w("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in EV.TYPES) + "; wordings: " +
      ", ".join("`%s`" % x[0] for x in EV.WORDINGS) + " (container `<encoding>__<wording>`; encoding *i* and type *j* take wording "
      "(*i* + 2*j* + 2) mod 3, so each encoding appears once per type and once per wording). Each text states what the answer is "
      "and the rule in words, then `:` and a newline, then the run on its own line, then a one-line remark (checked). Plains use "
      "`[A-Za-z0-9._/-]` (character codes 45–122, which every encoding here can carry); a plain is redrawn if it would appear "
      "inside its own run, if the run has outer whitespace or a newline or holds a password form, or if the registry refuses plain "
      "or run.\n")
    w("Encoders are in `enc272.ENC`; the rng adds only what the answer does not depend on, and every encoder checks each puzzle "
      "with its own solver before accepting it (a formula, a greedy rule, a table or a search, several by constructive design and "
      "others by random local search). The decoder `dec272.decode` gets only the encoding name and the run, imports nothing from the "
      "encoder or `common272` (only `re`, `itertools` and `collections`) and works every answer out its own way: every subset for "
      "the climbing weights (the encoder runs a quadratic table); a set of covered metres for the tarpaulins (the encoder merges "
      "sorted intervals); Dijkstra over who-is-where states for the lantern crossing (the encoder uses the two-strategy greedy "
      "formula); the winkles crawled half a second at a time with real turn-rounds (the encoder uses the pass-through insight); "
      "copies laid out one by one for the tiles (the encoder divides); a day-by-day ledger for the grit sheets; every card copy "
      "played from a queue (the encoder adds copy counts); relaxation to a fixed point for the bonus tokens (the encoder runs two "
      "passes); every choice of kept digits for the struck figures (the encoder strikes greedily); open boat slots filled answer by "
      "answer for the divers (the encoder uses a ceiling formula); a per-crossing tally for the ferry; pairwise keep-the-heavier for "
      "the grading belt (the encoder groups runs); an hour-by-hour scan of k for the shucking pace (the encoder tests k and k-1); "
      "every combination of seat blocks per row for the film night (the encoder deals rows by design); every ordered choice of "
      "dishes for the tasting menu (the encoder sorts); every route choice at the shared markers (the encoder merges segments); "
      "every order of the chores (the encoder sorts by need minus use); the distance formula at every trestle (the encoder runs "
      "two passes over the limits); a greedy week-by-week rota for the beds (the encoder uses the most-versus-rest formula); every "
      "order of the kelp lines (the encoder sorts by growing time); a downward scan of run times for the batteries (the encoder "
      "bisects); reference counts drained from a queue for the objects (the encoder iterates a fixed point). Every encoding was "
      "round-tripped while writing on every single code 45–122 and on 40 random codes (0 failures in the end; the round trips "
      "found that the bonus-token local search could not reach large codes with small scores – it now builds the row from "
      "mountains of known token sums – and that the diver survey rejected too often); at build time every span is decoded back to "
      "its `plain` (checked).\n")
    w("Avoided on purpose (named by an earlier README as an encoding or in its avoided, set-aside or relative lists): every "
      "encoding of both READMEs and every item of their avoided lists – numeral bases, escapes, ciphers, signalling codes, "
      "look-alikes, chaff, shuffles, code expressions, powers, primes, squares, triangular numbers, Fibonacci, residues, GCDs, "
      "midpoints, check-digit disguises, calendars, clocks, lookup tables, the games already used, physical laws, unit "
      "conversions, matrices, equations, progressions, magic grids, the graph and scheduling puzzles they used, knapsacks, "
      "assignments, queues, stacks, heaps, Huffman, LRU, edit distances, inversions, grid path counts, the economic rules, "
      "Josephus, Hanoi, tally marks, Roman numerals, D'Hondt, Vickrey, word wrap, order books, Petri nets, tag systems, L-systems, "
      "Collatz, Recamán, sliding windows, TTL expiry, change-making, coin exchanges, stable marriage, guessing games, jump trails "
      "and the set-aside egg-drop puzzle, count-the-rises, dense ranking, frogs and toads, middle-pick split, mark-the-neighbours "
      "pick, self-raising hop trail, leaky ladder, toboggan slope, Kaprekar, happy numbers, Borda / Condorcet, seven-segment, tide "
      "twelfths, weighing, page replacement, round-robin and the two-dimensional Sokoban. Also set aside here: TCP slow start "
      "(its doubling is a progression of powers), a 'days until warmer' wait sum (a next-greater scan that a stack solves), a "
      "fewest-removals-for-distinct-counts puzzle (levelling arithmetic next to p269's uniform sacks), a bottle-deposit exchange "
      "(loyalty stamps), a two-bait-tank crash minute (triangular sums), a capped-sum target (caps), a cheapest bus-pass choice "
      "(tariffs), a domino chain (a game and a long path search), a cinema-free 'bookcase shelves' packing (word wrap) and a "
      "dominoes-falling row (cellular automaton). Close relatives remain and a scorer may count them as the same idea: the "
      "climbing weights are a subsequence optimum next to p269's spelled-word and palindrome counts; the tarpaulins and the ferry "
      "bookings are interval arithmetic next to p270's batten marks; the lantern crossing, the kelp lines and the chores are "
      "ordering puzzles next to the earlier scheduling ideas; the winkles are a one-dimensional mover next to p270's crate pusher; "
      "the grit sheet is a stock rule next to p270's float switch and autoscaler; the card cascade and the reference counts are "
      "cascades next to p270's deadlock finishers; the bonus tokens, the bed rota and the trestles are levelling and rota rules "
      "next to p269's top-ups; the struck figures pick digits like p270's padlock ranges; the divers' answers and the tiles are "
      "counting rules; the grading belt removes run members next to p269's repeat-digit sums; the shucking pace and the batteries "
      "are least / longest feasible values next to p269's proportion riddles; the film night counts placements next to p270's "
      "nonogram; the tasting menu and the two routes are small optimisations next to p269's nest boxes.\n")

    # ------------------------------------------------------------------ negatives
    w("## Negative classes\n")
    w("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    nc = Counter(r["class"] for r in NG)
    for cls, desc, kinds in N.CLASSES:
        w("| `%s` | %d | %s | %s |" % (cls, nc[cls], ", ".join("`%s`" % k[0] for k in kinds), desc))
    w("\nEach base kind appears twice plain and twice in each of the wrappers `__quoted_in_loch_ops_chat` and "
      "`__attached_to_helpscout_note` (container `<base kind><wrapper>`); the wrappers add a chat line or a Help Scout note whose "
      "words say the content is public reference material holding no logins, without adding a value.\n")

    # ------------------------------------------------------------------ checks
    w("## Checks run by build.py\n")
    w("- Self-test: `common272.selftest` re-asserts the vectors of every hand-written algorithm (NRIC S1234567D, Turkish identity "
      "number 10000000146, Finnish reference 1234561, the RFC 1071 example and an IPv4 header, IMO 9074729, ISSN 0378-5955, "
      "RF18539007547034 both ways, RFC 6979 A.2.5 P-256 public key, nonce and signature, ECDSA verify accepting and rejecting, "
      "an HS256 round trip with a wrong key rejected) in every build.\n"
      "- Deny-list: `brief_names.json` is loaded; if `/tmp/brief272/` exists it is re-extracted and must be identical (%s). Every "
      "everyday type and kind, vendor type and style, positional syntax, span type and where label, prose type and format, evasion "
      "type, wording and encoding, negative class, base kind and wrapper, and every container, span type, encoding and class "
      "actually used in the records, is compared lower-cased, as a whole and by every `__` part, against all deny-listed names; "
      "every positional syntax (from the module and from each record's type with `oypw_` stripped) against the earlier syntaxes "
      "and all names and, token by token, against the earlier tool tokens; every encoding, token by token (plurals folded), "
      "against the earlier idea tokens; every prose language code and spare against the codes, all names and the hand list, its "
      "name and name words against the language names and the hand list.\n"
      "- Ids `p272-s-NNNN`, `p272-e-NNNN`, `p272-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one "
      "span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once in its "
      "text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the record's; evasion containers "
      "are `<encoding>__<wording>`; sources as specified.\n"
      "- Counts: everyday 180 (45 kinds x 4 different types, 12 types x 15), vendor 110–130 distinct types with containers "
      "`<type>__<style>` of a known style, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, "
      "evasions 66 = 22 encodings x 3 types x 3 wordings, negatives ≥ 200 in ≥ 20 classes with ≥ 10 each, no repeated negative "
      "text, span types of the five sources pairwise disjoint.\n"
      "- Shapes: everyday values by type (password regex and word list, NRIC letter, 7-3-1 digit, identity-number pair, RFC 1071 "
      "tail, ES256 signature with the signing logger's key and the claim set, Django alphabet and length); vendor values against "
      "the regular expression built from each spec or their frame validator (HS256 signatures, the Base64 JSON frames, the Mapbox "
      "body); positional and prose values in the strict password form; no `pass` / `pwd` / `secret` / `pw` in positional texts; "
      "prose values set off by whitespace; no password-form string outside the span in any positive; evasion plains by type; "
      "evasion layout (rule text before `:` newline, run line, one remark line).\n"
      "- Container syntax: the JSON everyday kinds (Homebridge, user-secrets, dart-define, Chef, Jupyter, Trello, Messenger), "
      "vendor styles (Portainer, Postman, JetBrains, tfrc, Netlify CLI, Particle, Keeper, and the az and aws captures after their "
      "command line) and the Chrome Recorder syntax with `json`; the TOML kinds (CircuitPython, Streamlit, Telegraf) and styles "
      "(fly.toml, mise, influx, gitlab-runner) with `tomllib`; the XML kinds (Traccar, SMS backup, OpenDocument, slide, hOCR, Task "
      "Scheduler) with `xml.etree`; the NordPass and Apple Passwords CSVs with `csv` and their column counts (20 and 6) – all with "
      "the value in place.\n"
      "- Every evasion run decodes with `dec272.decode` to its `plain`, and the run never contains its plain.\n"
      "- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any text; every "
      "vendor neighbour occurs exactly once in its text; no negative contains a registry string, a password form or a JWT-shaped "
      "string; every UUID-shaped substring of every text is version 4; every JWT-shaped substring of every text verifies (ES256 "
      "with the logger's key or HS256 with the vendor key). Negatives: IMO, 7-3-1, RF, ISSN, tray-label, lot-code and IPv4 checks "
      "pass; the P-256 keys (JWKS and PEM SubjectPublicKeyInfo) lie on the curve; the Django pbkdf2_sha256 hashes recompute; the "
      "look-alike fixtures fail their checks; the genuine puzzle answers are recomputed with the decoder.\n"
      "- Determinism: everything (the ES256 logger keys, the HS256 key, the negatives' keys and hash inputs included) is generated "
      "twice in one process; the three JSONL files and this README must be byte-identical, and the JSONL bytes must parse back to "
      "the same records.\n" % status)
    w("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. "
      "Clean run errors: 0.\n" % (len(muts), sum(1 for _, ok in muts if ok), len(muts),
                                   ", ".join("`%s` (%s)" % (n, "caught" if ok else "MISSED") for n, ok in muts)))

    # ------------------------------------------------------------------ guesses
    w("## Shapes you had to guess\n")
    read = [v for v in V.V if v[3] == "read"]
    bel = [v for v in V.V if v[3] == "believed"]
    gue = [v for v in V.V if v[3] == "guessed"]
    own = [v for v in V.V if v[3] == "owner"]
    w("*Read this session* in the public gitleaks rule file or the Kingfisher rule files; nothing copied; every value generated; "
      "where a rule gives only a prefix, a case-insensitive class or a length range, the exact length, split and case are mine "
      "(%d): " % len(read) + "; ".join("`%s` (%s; %s)" % (v[0], V.shape_desc(v[0]), READ_REF.get(v[0], "rule read")) for v in read) + ".\n")
    w("*Believed* from memory of public rule sets and vendor documentation, not re-checked this session (%d): " % len(bel) +
      "; ".join("`%s` (%s)" % (v[0], V.shape_desc(v[0])) for v in bel) + ".\n")
    w("*Guessed* (no published format known to the builder; length and alphabet only, so the type is recognisable only from its "
      "key name) (%d): " % len(gue) + "; ".join("`%s` (%s)" % (v[0], V.shape_desc(v[0])) for v in gue) + ".\n")
    w("*Owner-chosen passwords* (a regulator, register, lab, certifier or meter-cloud login the owner picked) (%d): " % len(own) +
      ", ".join("`%s`" % v[0] for v in own) + ".\n")
    w("Also invented or partly guessed: the everyday layouts `GVL-` (the NRIC letter is defined for the seven digits of an "
      "identity number; here it follows a series letter inside an invented licence), `DRC-` (a real Finnish reference-number check "
      "on a release code), `KGA-` (the Turkish identity-number digit pair carried over to an activation code) and `tpx_` (RFC 1071 "
      "tail) are invented; the ES256 device JWT is a real format used the way device fleets use it (the claim set and audience are "
      "mine); the Django key is a real format used for its real purpose. The evasion layouts `BDO/` and `kla.` and the negative "
      "prefixes `TRY-` and `LOT-` are invented. Vendor layouts least sure: the Stormglass two-UUID split, the Planet `PLAK` head, the "
      "InfluxDB token length and alphabet, the WooCommerce `cs_`/`ck_` bodies, the Stripe `whsec_` body, the Mandrill `md-` head, "
      "the Pushbullet `o.` head, the ntfy `tk_` length, the Trello `ATTA` form, the ngrok split, the PayPal client-id length, the "
      "Mapbox JSON body, the Grafana Cloud and 1Password JSON fields, the Supabase and n8n claim sets, the Asana `2/…/…:` form, the "
      "Netlify `nfp_` length, the Backblaze `K00` key, the Soracom `secret-` and `keyId-` forms, the Axiom `xaat-` token, the "
      "Langfuse `sk-lf-`/`pk-lf-` pair, the Tavily, Firecrawl, DeepSeek and OpenRouter heads, the Cloudinary secret length and the "
      "Azure IoT Hub key size. Positional syntaxes are all from memory; least sure: `vsql -w`, `emqx ctl admins add`, `kamctl add`, "
      "`bacrd`'s argument order, `mpc -h` with a password prefix, `tf … /login:user,value`, `vmrun -gu/-gp`, `swift -U/-K`, the "
      "`rasdial` order, the `kwallet-query -w … -f …` flags, `zfs load-key` and `cryptroot-unlock` reading a pipe, the SMPP "
      "bind_transmitter field order, the FreeSWITCH `auth` line, the SHOUTcast v1 first line, the Socket.IO join frame (an "
      "application convention), the `pymqi.connect`, `pymssql.connect` and `InfluxDBClient` positions, the TableauAuth, "
      "exchangelib and atproto calls, the php-amqplib and `hash_pbkdf2` orders, the Ktor `BasicAuthCredentials` call, the Savon "
      "`basic_auth` array, the Faraday `:authorization, :basic` form, the Chrome Recorder step shape, the Squish, Serenity, "
      "TestCafe, Detox and XCUITest calls, the NUT `MONITOR` field order, the 3proxy `CL` form, the Jetty realm line, the nagios "
      "`$USER3$` slot, the H2 `CREATE LINKED TABLE` order, the OpenEdge `CONNECT` options, the Informix `USING` clause and the two "
      "invented files. Negatives: argon2, SOPS and SealedSecret bodies are random in frame; the publishable keys follow the look "
      "of real ones; the classification codes, sample numbers and telemetry are invented.\n")

    # ------------------------------------------------------------------ judgement
    w("## Judgement calls\n")
    w("- Everyday: six owner-chosen passwords (UV tank panel, grader operator, kiln controller, workboat navigation PC, tag "
      "printer, cold-store dialler) and six generated secrets (NRIC `GVL-` licence, 7-3-1 `DRC-` release code, Turkish-rule "
      "`KGA-` activation code, RFC 1071 `tpx_` key, ES256 device JWT, Django SECRET_KEY). The brief asks for a JWT with a fitting "
      "`alg`; device fleets sign their own JWTs with ES256 (an asymmetric key per device), so the everyday JWT is ES256 and the "
      "two vendor JWTs are HS256 (the alg those vendors use). p269 and p270 used HS256 JWTs only for vendors and named every JWS "
      "family as earlier from their own predecessors; ES256 as a check here is new against the two READMEs but a scorer may file it "
      "with the earlier ES family. The NRIC letter and the 7-3-1 digit are weighted remainders (relatives of p269's S10 and CAS "
      "checks) and the Turkish pair an odd/even-place sum; RFC 1071 is a ones' complement sum, a relative of the earlier BSD sum "
      "and Fletcher. The NRIC and Turkish rules come from identity numbers; the layouts around them are not identity numbers, and "
      "no identity-number-shaped value appears in the negatives (a privacy filter might treat those as personal data). The "
      "Django key has no check at all: 50 characters of its alphabet, a trap for entropy-only detectors. Key names in everyday "
      "files say password / licence / code / key / token – that is how such files look; the key-name-free cases are in the "
      "positional source.\n"
      "- Vendor: many trade services (WorldTides, Windy, Sentinel Hub, MarineTraffic, HOBOlink, HydroVu, Victron VRM, Bookeo, "
      "Rezdy, FareHarbor, Unleashed, ShipStation, Click & Drop, Sinch, Mistral) publish no token format the builder knows, so their "
      "types are recognisable only from the key name (part of the test). Fourteen vendor types carry owner-chosen passwords "
      "(regulators, registers, a lab, certifiers, Companies House, Rural Payments, a meter cloud and Copernicus Marine, which "
      "really does log in with a user name and password). Same-shape traps: UUIDv4 secrets (WorldTides, FareHarbor, Wise, Click & "
      "Drop, OneSignal, Codecov, Scaleway) against the hCaptcha site key and the KMS key id in the negatives; hex secrets "
      "(Admiralty, OpenWeather, MarineTraffic, Rezdy, Loyverse, ShipStation, Mailjet, SparkPost, Sinch, Deepgram, AssemblyAI, "
      "W&B, Azure OpenAI, Clarifai, Honeycomb, Datadog, Victron) against the digests in the negatives; the Mapbox `sk.` secret "
      "against the `pk.` public token; the PayPal secret against the public client id; the Square `sq0csp-` secret against the "
      "public `sq0idp-` id. Ids next to a secret stay unlabelled as the public half of a pair – arguable for the WooCommerce "
      "consumer key, the Twilio API key SID, the Langfuse public key, the Backblaze key id and the Mailjet and Vonage API keys, "
      "which some owners treat as sensitive. Several vendors recur from the earlier READMEs with a different token type (GitHub "
      "classic PAT and app token, GitLab deploy and runner tokens, Shopify shared secret and custom-app token, Grafana, Twilio API "
      "key, Supabase); the type names differ and are checked against the deny-list. The vendor count is %d, a little above the "
      "asked \"about 120\"; positives stay inside 440–470.\n" % len(V.V))
    w("- Containers: the kinds and styles are new names and mostly new files, but some are relatives of earlier ones and a scorer "
      "may count them as the same place: the Shelly, Tasmota, NodeMCU and Homebridge files next to the earlier Node-RED, ESPHome "
      "and MicroPython files; the CircuitPython settings.toml next to the earlier MicroPython config.py; Telegraf next to the "
      "earlier Grafana provisioning; the SMS backup, iMessage and Messenger next to the earlier Signal, Telegram, Slack, Zulip and "
      "Google Chat copies; the mbox next to the earlier .eml and .emlx; the OpenDocument spreadsheet next to the earlier xlsx and "
      "SpreadsheetML; the slide XML next to the earlier .docx part; the hOCR whiteboard next to the earlier sticky-note OCR; the "
      "Keeper, NordPass and Apple Passwords exports next to the earlier Enpass, RoboForm, Firefox, Chrome, Dashlane and 1PUX "
      "exports; the Trello card and the Help Scout note next to the earlier Jira, Freshdesk and Confluence notes; the Postman, "
      "Bruno and JetBrains environments next to the earlier Hoppscotch and httpyac files; the mise, fish, .Renviron, justfile and "
      "Taskfile files next to the earlier dotenv, direnv and bashrc files; the Netlify, Azure, Cloud Run, Lambda, Fly and Portainer "
      "captures next to the earlier Render, App Engine, Railway, Dokku and Kamal captures; the Kubernetes Deployment next to the "
      "earlier Secret and ConfigMap manifests; Woodpecker next to the earlier CI files; the CLI credential files next to the earlier "
      "npm, AWS, doctl, hcloud and gem files; the logcat line next to the earlier journalctl capture.\n"
      "- Passwords: labelled when the value logs in or connects (MQTT brokers through mosquitto_pub, PubSubClient, umqtt "
      "and NodeMCU, MinIO through mc and minio-go, SQL Server through bcp, tsql, pymssql, JDBC and ODBC, Vertica, ZooKeeper through "
      "zkCli and kazoo, a Windows scheduled task, a Windows VPN entry, Cloud Foundry, OpenStack Swift, VMware guests, Perforce, "
      "CVS, TFVC, Fossil, RDP through Remmina, RTSP cameras through VLC and go2rtc, MPD, Kerberos, HTTP basic auth in websocat, a "
      "socat proxy, Bundler, VBScript MSXML, Ktor, RestSharp, reqwest, Faraday, Savon, Guzzle, httr2 and POCO, Tableau, Exchange, "
      "InfluxDB, IBM MQ, Bluesky, HSQLDB through JayDeBeApi, RabbitMQ through pika and php-amqplib, ActiveMQ through JMS, "
      "Informix, OpenEdge, an H2 linked table, Tor's control port, FreeSWITCH's event socket, a SHOUTcast source, a Socket.IO "
      "room, SMPP and the invented panel frame), creates or stores a login (EMQX, Kamailio, filebrowser, ttyd, Express, Sybase "
      "`sp_addlogin`, ClickHouse and Derby users, the proxychains, 3proxy, Jetty, NUT, haproxy, nagios, yum, OpenVPN and "
      "chat-script files, two invented files, KWallet), unlocks or derives (ZFS, cryptroot, cryptsetup through subprocess, PBKDF2 "
      "in Python and PHP, CryptoJS, a BACnet reinitialise) or is typed or handed over by automation (KDE Connect, CopyQ, xte, "
      "Zellij, kitty, AppleScript, Chrome Recorder, TestCafe, Detox, Espresso, XCUITest, Robot Framework, Capybara, Laravel Dusk, "
      "pywinauto, FlaUI, Splinter, MechanicalSoup, HtmlUnit, Serenity, Squish, CasperJS, the WebDriver wire call, a Node child "
      "process, a PowerShell process). Weakest kept cases, with a hint nearby: the PBKDF2 and CryptoJS calls (the value is "
      "derived or used as an encryption passphrase), `bacrd` (a BACnet device password), `mpc -h` (the MPD password prefix), the "
      "nagios `$USER3$` slot (known only by convention), the chat script's `word:` prompt (a fragment of the prompt, chosen by the "
      "script writer), CopyQ and KDE Connect (the value is only copied or shared), `kwallet-query -w` (the value is stored), the "
      "Socket.IO frame (an application's own join convention). Closest relatives of earlier syntaxes, kept because the tool, "
      "library or mechanism differs: the `-u` / `-P` pairs of mosquitto_pub, bcp and tsql next to the earlier sqlcmd and ipmitool "
      "pairs; the user-info URLs of CVS, Fossil, Remmina, VLC, yum and go2rtc next to the earlier hg, git, ovftool and cockroach "
      "forms; the colon pairs of websocat, socat, ttyd, Bundler, zkCli and haproxy next to the earlier xh, ntfy, ab and jenkins "
      "pairs; the basic-auth calls (Ktor, RestSharp, reqwest, Faraday, Savon, Guzzle, httr2, POCO, Express) next to the earlier "
      "OkHttp, Unirest, aiohttp, httpx, Mechanize and open-uri calls; pika and php-amqplib next to the earlier RabbitMQ tools; the "
      "microcontroller MQTT clients next to the earlier MQTTnet call and MQTT byte dumps; Sybase `sp_addlogin` next to the earlier "
      "SQL Server procedures; Informix's `USING` next to the earlier Db2 `USING`; CopyQ and KDE Connect next to the earlier "
      "clipboard pipes; the GUI drivers next to the earlier WebdriverIO, CodeceptJS, Watir, Flutter, Selenide and Geb calls "
      "(different frameworks, several with a similar method shape); the Node child process next to the earlier pexpect; SMPP next "
      "to the earlier SASL and ZMTP byte dumps. Left out: everything whose own text says pass / pwd / secret / pw, FTP, POP3, "
      "IMAP, SMTP, LDAP, SMB, SSH, Redis, Mongo, MySQL, PostgreSQL, Oracle and SNMP logins, archive flags, registry logins, "
      "IRC, WinRM (p269 dropped evil-winrm) and the tools the READMEs already used.\n")
    conf = PR.CONFIDENCE
    names = {l[0]: l[1] for l in PR.L}
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for %s; "
      "modest for %s; low for %s (word choice, loans, diacritics and word order unchecked). Loan words (password, पासवर्ड, "
      "ಪಾಸ್‌ವರ್ಡ್, പാസ്‌വേഡ്, Passwuert, iphasiwedi) are kept as people use them. `ell` is Modern Greek, `khk` Halh Mongolian "
      "written in Cyrillic, `uzn` Northern Uzbek in Latin script, `plt` Plateau Malagasy, `swh` Swahili (the individual "
      "language), `yue` Cantonese written in traditional characters, `fry` Western Frisian.\n" % (
          ", ".join(names[c] for c in conf["fair"]), ", ".join(names[c] for c in conf["modest"]), ", ".join(names[c] for c in conf["low"])))
    w("- Evasions: every run is a puzzle a patient human can solve with the stated rule and pencil (the card cascades, the film "
      "nights and the diver surveys are long and tedious; the lantern crossing and the winkles want care). The runs look like "
      "oyster-festival quiz cards, depuration newsletter teasers and harvest-crew tea-break cards, and genuine twins with worked "
      "answers (all below 45, so no character is hidden in them) sit in the negatives (`genuine_shellfish_quiz_answer_sheets`), "
      "so a detector that flags the look is flagging the look, not the content. Several runs contain the answer as one of their "
      "numbers by design (a tile count, a winkle's position, the kept digits of a struck strip): finding which number is the puzzle. "
      "Runs reach a few thousand characters and an entropy detector may flag some of them.\n"
      "- Negatives: IMO, Finnish, RF and ISSN numbers carry real checks; tray labels and lot codes pass two of the positives' very "
      "algorithms (7-3-1 and RFC 1071) and the IPv4 headers carry real RFC 1071 checksums – deliberate traps for shape-only "
      "detectors; the P-256 keys are real public keys; the Django pbkdf2 and argon2 strings are one-way hashes in a column called "
      "`password` (a trap for key-name detectors); the Square, PayPal, Stripe, Mapbox, hCaptcha and Turnstile values are public "
      "by design; the `.env.sample` and tfvars examples use this corpus's own key names with placeholders; masked previews keep at "
      "most four characters; `from_secret`, `${{ secrets.X }}`, secretKeyRef and Secret Manager names are pointers; SOPS and "
      "SealedSecret bodies are ciphertexts whose key is elsewhere. The most arguable class is `own_layout_check_failures` (this "
      "corpus's own layouts with deliberately broken checks, in tests and a reject log – no such code can be in use, but a "
      "shape-only detector will flag them). Random fillers are generated, so an entropy-only detector will hit some negatives "
      "(SOPS data, SealedSecret blobs, digests, the pbkdf2 hashes) – that is the point.\n"
      "- Hosts: every host of the invented world is under `.example` or in the private ranges; vendor endpoints keep their real "
      "domains where a file would name them (hooks.slack.com, discord.com, webhook.office.com, openrouter.ai, api.deepseek.com, "
      "cloud.langfuse.com, admiraltyapi.azure-api.net, app.terraform.io, *.supabase.co, *.openai.azure.com, *.azure-devices.net, "
      "paypal.com) carrying the world's own tenant names.\n")

    # ------------------------------------------------------------------ sources
    w("## Sources consulted\n")
    w("- The two READMEs in `/tmp/brief272/` (p269 and p270), for format and coverage only. The detector was not opened, listed "
      "or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch272/` and the shell tool's own job output for two of the builder's commands was looked at.\n"
      "- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default "
      "rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, commit `b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`) and the public "
      "Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`, commit `ee7c0db3ef87575768f817820c24736249ffcdef`), each "
      "brought in with the search tool's `fetch` and extracted into `/tmp/scratch272/`, for the vendor types marked *read* above. "
      "The remaining shapes, every positional syntax, every prose sentence and every puzzle rule come from the builder's memory and "
      "are marked as believed or guessed where it matters. Published test vectors used in asserts (from memory, all passing): the "
      "NRIC S1234567D, the Turkish identity number 10000000146, the Finnish reference 1234561, RFC 1071's worked example and the "
      "common IPv4 header example (checksum 0xb861), IMO 9074729, ISSN 0378-5955, the ISO 11649 reference RF18 5390 0754 7034, "
      "RFC 6979 A.2.5 (P-256, SHA-256, \"sample\"). The puzzle answers in the negatives were re-computed with the decoder.\n"
      "- Python's standard library (`hashlib` for SHA-256/384 and PBKDF2, `hmac`, `base64`, `json`, `re`, `csv`, `tomllib`, "
      "`xml.etree`, `itertools`, `collections`) computes digests, HMACs, PBKDF2 and encodings and parses the containers; the NRIC, "
      "7-3-1, Turkish, RFC 1071, IMO, ISSN and ISO 11649 checks, P-256 arithmetic, RFC 6979, ECDSA, the ES256 and HS256 JWTs, "
      "every encoder and every decoder are written by hand.\n")
    return "\n".join(out)
