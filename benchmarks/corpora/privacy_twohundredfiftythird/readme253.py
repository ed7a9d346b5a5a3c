"""Renders README.md from the generated data and the modules' own metadata."""
import collections

import checks253
import common253 as C
import enc253
import everyday253
import evasions253
import negatives253
import positional253
import prose253
import vendor253

SRC_LABEL = {"read_gitleaks": "read this session (gitleaks)", "read_kingfisher": "read this session (Kingfisher)",
             "read_credsweeper": "read this session (CredSweeper)", "believed": "believed from memory",
             "guessed": "guessed", "owner": "owner-chosen"}


def _bt(x):
    return "`%s`" % x


def render(data, meta):
    S = data["secrets"]
    by = collections.defaultdict(list)
    for r in S:
        by[r["source"]].append(r)
    deny = meta["deny"]
    L = []
    a = L.append

    # ------------------------------------------------------------ title and world
    a("# privacy_twohundredfiftythird (p253) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**canal-boat hire, lock keepers and inland-waterway trusts**: the developers and staff who build and run the software "
      "of four invented organisations on one canal – *Wharfside Narrowboats* (`wharfside-boats.example`: a hire fleet of "
      "narrowboats with telematics units, Signal K and Home Assistant on board, a booking back office, channel managers and a "
      "fleet dashboard), the *Tolleybridge Waterways Trust* (`tolleybridge-trust.example`: the Kestle lock flight and its SCADA "
      "panel, the Tolleybridge swing bridge, Cawdle weir and Hobb's Sluice gauges, a back-pumping station, boat licences, "
      "volunteer lock keepers, training, charity back office), the *Kestle Lock Café & Chandlery* (`kestlelock.example`: EPOS, "
      "web shop) and *Fenmarsh Marina* (`fenmarsh-marina.example`: berths, pump-out and diesel kiosk, gate card readers, "
      "mooring-bollard meters, a boat lift, CCTV), with private hosts in `10.61.0.0/16`. People: Aled Pryce (hire-base ops), "
      "Bronwen Kitto (lead lock keeper), Dev Malhotra (freelance developer), Ottilie Marsh (bookings), Ruairi Campbell (Trust "
      "engineer), Yusuf Adeyemi (marina manager), Hetty Gaunt (café and chandlery), Morwenna Tregear (volunteers). Secrets sit "
      "where this trade puts them: device files (ESPHome substitutions of a bollard node, a MicroPython gauge config, Home "
      "Assistant secrets on a hire boat, OpenWrt UCI on the lock cabinet router, Frigate and CRBasic, a Signal K plugin config, "
      "influx CLI configs, a protobuf text config), back offices and apps (Phoenix, Odoo, Moodle, ASP.NET web.config, Medusa, "
      "Flutter dart-defines, EAS, a Windows INI, a macOS plist, an Excel VBA module), ops (Ansible, Chef, Hiera, compose, "
      "tfstate, systemd, Nomad, Azure Pipelines, Jenkinsfile, fish history, rclone, SAM, a merge-request diff, a structured log "
      "line, a HAR capture, CUE) and the messy places values get pasted (Slack, a WhatsApp export, Trello, a Google Form CSV, "
      "noticeboard alt text, an mbox, a help-widget chat, Confluence, PagerDuty, a voicemail transcript); the trade's own "
      "services (Canal & River Trust licensing, Waterways Ireland, the Broads Authority, the Boat Safety Scheme, eWON Talk2M, "
      "Secomea, Dockwa, Molo, Harba, Rezdy, Bókun, Beds24, Smoobu, Lodgify, Digital Matter, Traccar, Teltonika RMS, The Things "
      "Stack, Hologram, Monnit, HOBOlink, OTT HydroMet, the Met Office DataHub, OS Data Hub, what3words, Stormglass, "
      "OpenWeatherMap, Cradlepoint, Peplink, Deputy, Beacon, Donorfy, Blackbaud, Viator, HMRC Charities Online) next to the "
      "commerce, messaging, AI, developer and ops services such developers use; and negatives from the same world (IMO / ENI / "
      "MMSI numbers, IMEIs and ICCIDs, charity and bank identifiers, gauge and weather station ids, genuine level logs, "
      "stoppage lists, gate-reader logs, AIS sentences and route polylines, booking ids, digests, password hashes, host keys, "
      "publishable keys, documentation examples, templates, masked values, secret-store pointers, vaulted blobs, handbook "
      "prose and public twins of this corpus's own key shapes).\n")
    a("Everything is produced by `build.py` and its modules (`common253.py`, `everyday253.py`, `vendor253.py`, "
      "`positional253.py`, `prose253.py`, `enc253.py`, `dec253.py`, `evasions253.py`, `negatives253.py`, `checks253.py`, "
      "`readme253.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds "
      "(%s), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares the bytes "
      "of the three JSONL files and of this README, runs every check and %d mutation tests, and only then writes the files "
      "(on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the "
      "deny-list from `/tmp/brief253/`.\n"
      % (", ".join("%d %s" % (v, k.replace("_", " ")) for k, v in C.SEEDS.items()), len(meta["mutations"])))

    # ------------------------------------------------------------ independence
    a("## Independence\n")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. "
      "Exactly what was opened:\n")
    a("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredfiftythird/`) was created "
      "with `mkdir -p` (in the same command that created the scratch directory) and written; its own files were written, "
      "read, edited and run (a `__pycache__` that an early run left in it was removed; the build now writes no bytecode), "
      "and it was listed with `ls` during the build and with `ls -la` after the final build (the listings show only its "
      "own files and its `.` / `..` entries). Its parent was never listed or searched, nothing else under `/work/main` was opened, "
      "listed, grepped or searched, and git was never run there.")
    a("- Project material: only the two READMEs in `/tmp/brief253/` (`README_twohundredfortyeighth.md`, p248, cider makers; "
      "`README_twohundredfiftieth.md`, p250, printmakers). The directory was listed once with `ls -la` and the files sized "
      "with `wc -c`; they were read with `cat`, `awk` / `sed` line ranges (long lines trimmed with `cut`), `grep -o` for "
      "backticked names and `` `code` (Name) `` pairs and a short Python regex over one of them, and parsed by the build's "
      "own `common253.extract_denylist`. They were used only to learn the file format and what is already covered.")
    a("- `/tmp`: no directory other than `/tmp/brief253/` and the scratch directory `/tmp/scratch253/` was looked at. The "
      "scratch directory holds an extracted copy of the public gitleaks rule file, an extracted copy of the public Kingfisher "
      "rule directory, an extracted copy of the public CredSweeper rule config, an encoder / decoder round-trip script and "
      "trial build outputs.")
    a("- Tooling: the search tool's own notes (`/work/.library/search/README.md`, first 80 lines) were read to use the tool; "
      "that is tooling, not project material.")
    a("- Public material, through the search tool: `fetch` of `gitleaks/gitleaks`, `mongodb/kingfisher` and "
      "`Samsung/CredSweeper` (each into its own mirror directory, read with `git show`, `git archive` and `git ls-tree`), and "
      "one `find_repos` listing for `betterleaks` (names only; no Betterleaks file was opened). Read for shape only: the list "
      "of gitleaks rule ids and the regexes of about 45 of its rules; Kingfisher's rule-file listing, a `grep` over the "
      "directory for some prefixes, and the pattern lines of `groq`, `replicate`, `bitbucket`, `buildkite`, `circleci`, "
      "`azuredevops`, `azurestorage`, `datadog`, `pagerdutyapikey`, `uptimerobot`, `zerotier`, `transferwise`, `stormglass`, "
      "`openweather`, `tomtom`, `hereapi`, `twilio`, `helpscout`, `discord`, `google`, `okta`, `heroku`, `fastly`, "
      "`cloudflare`, `linear`, `huggingface`, `intercom`, `mailgun`, `salesforce`, `telegrambottoken`, `messagebird`, "
      "`zohocrm`, `pubnub`, `segment`, `klaviyo`, `twitter`, `onesignal`, `gocardless`, `squareup`, `clickup` and `hubspot` "
      "(the CircleCI file in full); CredSweeper's rule names and the value regexes of 18 of its rules. No credential value "
      "was copied; every value is generated.\n")
    a("The deny-list (`common253.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language pairs, "
      "which only makes the list stricter) and the names and name words of those pairs (%d). It is frozen in "
      "`brief_names.json`; when `/tmp/brief253/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Ideas the two READMEs name only in prose – their avoided and set-aside lists of encodings, syntaxes, vendors and "
      "languages, and the languages they use for number words – were avoided by hand and are also checked against hand "
      "lists in `checks253.py` and `prose253.py` (tokens such as base32 / base58 / base64 / morse / braille / dna / hexagram / "
      "emoji / tally / brainfuck / ebcdic / hamming for encodings; curl -u, smbclient, psql, ftp heredocs, LDAP binds, "
      "Selenium / Puppeteer / Playwright / Cypress, docker login, htpasswd, racadm, psexec, xclip, pbcopy and the rest for "
      "syntaxes; Finnish, Italian, Turkish … Malay, Catalan, Friulian, Shona, Corsican, Wolof, Chinese, Thai for languages). "
      "Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), meta["deny_status"]))

    # ------------------------------------------------------------ files and counts
    ev = data["evasions"]
    ng = data["negatives"]
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(S), len(S), len(set(r["type"] for r in S)), len(set(r["container"] for r in S)), len(by["everyday"]),
         len(by["vendor"]), len(by["password"]), len(by["prose"]), len(prose253.L)))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(ev), len(ev), len(set(r["type"] for r in ev)),
                                                                       len(set(r["container"] for r in ev)), len(enc253.ENCODINGS)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(ng), len(set(r["container"] for r in ng)),
                                                             len(set(r["class"] for r in ng))))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (as in the earlier corpora): positives `id` (`p253-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p253-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), a record-level `encoding`, "
      "`text`, `secrets`, `source` (`evasion`); the single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p253-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    wc = collections.Counter(w for _, w, _, _ in positional253.S)
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (one record "
      "per type; written down and not used: `tomorrow_io_api_key` (a second weather key with a guessed shape), "
      "`tripadvisor_content_api_key`, `trustpilot_business_api_secret`, `voyage_ai_api_key`, `pinecone_api_key`, "
      "`balena_cloud_api_key`, `rotacloud_api_key`, `justgiving_api_secret`, `dojo_secret_api_key`, `helpscout_app_secret` "
      "(shape only a guess, or a second key of the same kind)). Positional passwords %d (one record per syntax; by where the "
      "text lives: %s; written down and set aside: `ncftpput_lower_p_after_lower_u` and `apache_bench_capital_a_colon_pair` "
      "(one more -u/-p pair and one more colon pair), `coturn_turnserver_user_colon_pair` (the key says user), and five "
      "basic-auth helpers – `go_http_request_setbasicauth_second`, `ruby_net_http_request_basic_auth_second`, "
      "`rust_reqwest_basic_auth_some_second`, `r_httr_authenticate_second`, `dart_httpclientbasiccredentials_second` – "
      "because an earlier README set Ktor and Faraday basic auth aside as too close to its OkHttp form). Prose 40 in 40 "
      "languages (spares written down and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: 440–470). Strings drawn through the registry (values, vendor neighbours, "
      "evasion plains and runs): %d.\n"
      % (len(by["password"]), ", ".join("%s %d" % (k, v) for k, v in wc.most_common()),
         ", ".join("`%s` (%s)" % s for s in prose253.SPARES), len(ng), len(negatives253.CLASSES), len(S), meta["registered"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key or flag (for URL-style userinfo and `user:secret` pairs only the part "
      "after the colon; for `{PLAIN}secret` only what follows the scheme tag; for `send \"secret\\r\"` not the `\\r`). "
      "Values pasted where they do not belong (Slack, WhatsApp, Trello, a Google Form, noticeboard alt text, an mbox, a "
      "help-widget chat, Confluence, PagerDuty, a voicemail transcript, fish history, a merge-request diff, a log line, a HAR "
      "capture, a Telegram group, an installer's e-mail, KeePass and LastPass exports) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.5) "
      "+ one of `- _ . @ +` + 2–3 lower-case letters + 2–4 digits, sometimes with a trailing `!`; positional, prose and "
      "evasion passwords use only the joiners `- _ .` and no `!` (capitalised with probability 0.45). The build checks "
      "`%s` for the six everyday password types and the 11 owner-chosen vendor passwords, and the strict `%s` for every "
      "positional value, every prose value and every lock-cottage evasion plain."
      % (", ".join(C.WORLD_WORDS[:40]), len(C.WORLD_WORDS), C.OWNER_PW_RE.pattern, C.STRICT_PW_RE.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn through "
      "one registry that refuses repeats and any string in a substring relation (6+ characters) with an earlier one; a "
      "negative is redrawn if it contains any registered string of 6+ characters, a world word + joiner + 2–4 letters + 2–4 "
      "digits (the password form), a UUID-shaped string that is not version 4, any JWT-shaped string, or repeats an earlier "
      "negative.")
    a("- Structured values are valid and checked: `lgk-` keys end in the real Luhn mod 36 check character of their 24-character "
      "body (generalised Luhn over `0-9a-z`, asserted at N = 10 on the textbook 7992739871 → 3), `mmt_` tokens end in the "
      "real Adler-32 of their 32-character body (asserted on `Wikipedia` → 11E60398), `lcc_` keys carry the real ISO/IEC "
      "7064 MOD 11-2 check character of their 15 digits (asserted on ORCID 0000-0002-1825-0097 and 0000-0002-1694-233X), "
      "booking tokens are real HS384 JWTs (verified against their discarded key when generated), Laravel keys decode to 32 "
      "bytes, Rails keys are 128 hex. These check algorithms are new against both READMEs (which used Verhoeff, CRC-32, "
      "Bech32m and Ed25519). Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring has base64url "
      "JSON header and payload and a signature length that fits its `alg` (HS256 32, HS384 48, RS256 256 bytes; checked); "
      "negatives contain no JWT-shaped string at all. Vendor frames: the Met Office DataHub key is an RS256 JWT with a random "
      "256-byte signature, the Home Assistant token a real HS256 JWT, the Discord bot token starts with Base64 of a real "
      "snowflake id, the Intercom token is Base64 of `tok:<uuid4>:1:0`, the 1Password service-account token and the "
      "Cloudflare tunnel token are Base64 of real JSON, the NATS nkey seed is Base32 with a real CRC-16/XMODEM (asserted on "
      "`123456789` → 31C3), the Synapse token ends in base62 of the real CRC-32 of its head, the Stormglass key is two "
      "UUIDv4s, the HubSpot token embeds a UUIDv4, the Azure storage key and the InfluxDB token decode to 64 bytes; all 120 "
      "vendor values are checked against a regular expression built from the same spec that generated them, or the "
      "validator of the special frame. Negatives: IMO numbers carry real check digits (asserted on 9074729), IMEIs and "
      "ICCIDs real Luhn digits, IBANs a real MOD 97 check (asserted on GB82 WEST 1234 5698 7654 32), AIVDM sentences real "
      "NMEA checksums, ssh-ed25519 and ecdsa keys the real wire format with their real SHA256 fingerprints, polylines the "
      "real encoding; digests are real digests of random bytes; bcrypt, yescrypt, sha512crypt, ansible-vault, Rails and "
      "Jasypt bodies are random in frame.")
    a("- Public neighbours are unlabelled: user names, hosts, key names, and the ids written next to a vendor secret (%s) "
      "and the user half of a user / password pair."
      % "; ".join("%s: %s" % (v[0], " ".join(v[4][0])) for v in vendor253.V if v[4]))
    a("- Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, kebab, lower for "
      "Moodle's `$CFG->`, `hiera` for `profile::waterways::…`, `header` Train-Case for HTTP headers, `path` for SSM "
      "parameter names, spaced for chats, notes and e-mails, title for CSV headers, alt text, Confluence, KeePass and "
      "LastPass). Vendor key names are the full type name in the style's case; KeePass puts the title-case words in `Title`, "
      "the neighbour in `UserName` and the secret in `Password`; LastPass the words in `name`, the neighbour in `username` "
      "and the secret in `password`.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (_bt(t[0]), t[3]) for t in everyday253.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s; %s)" % (_bt(k[0]), k[1], k[2])
                                                                  for k in everyday253.KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits "
      "in exactly 15 records (checked); secrets therefore also land in implausible places (a Rails `secret_key_base` in a "
      "CUE file, an HS384 JWT in a voicemail transcript).\n" % C.SEEDS["everyday_pairing"])
    a("Vendor (120 types, container `<type>__<style>`; shape, where the shape comes from – *read this session* in the "
      "public gitleaks, Kingfisher or CredSweeper rules, *believed* from memory, *guessed* where no published shape is known "
      "to the builder, so that the type is recognisable only from the key name; *owner-chosen* for portal and device "
      "passwords – and the style):\n")
    for g, gdesc in vendor253.GROUPS:
        items = [v for v in vendor253.V if v[1] == g]
        a("*%s* (%d): " % (gdesc, len(items)) + "; ".join(
            "%s (%s – %s%s – in %s)" % (_bt(v[0]), vendor253.shape_desc(v[0]), SRC_LABEL[v[3]],
                                        (" – next to it: " + " ".join(v[4][0])) if v[4] else "", _bt(v[5]))
            for v in items) + ".\n")
    sc = collections.Counter(v[5] for v in vendor253.V)
    a("Vendor styles (%d, chosen per type for where that key lives): " % len(vendor253.STYLES) + "; ".join(
        "%s (%s, %s, %d)" % (_bt(k), v[0], v[1], sc[k]) for k, v in vendor253.STYLES.items()) + ".\n")
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`, container `%s<syntax>__<where>` with where = %s): "
      % (len(positional253.S), positional253.SPAN_PREFIX, positional253.SPAN_PREFIX,
         ", ".join("%s `%s`" % (k, v) for k, v in positional253.WHERE.items())) +
      "; ".join("`%s%s` (%s, %s)" % (positional253.SPAN_PREFIX, s, w, f) for s, w, f, _t in positional253.S) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `%s` prefix; checked) "
      "and none contains a hand-listed token of an earlier tool or mechanism (checked).\n" % positional253.SPAN_PREFIX)
    a("Prose: someone tells a colleague the password of the hire-base office laptop and asks them to keep it to "
      "themselves; span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares "
      "written down and unused: %s. None of them or the spares is among the languages of either README (checked: code "
      "against the codes and all deny-listed names; name and each name word against the language names and the hand "
      "list). Scripts: %s. Urdu, Standard Arabic, Iranian Persian, Uyghur and Yiddish are right-to-left with the Latin "
      "value embedded; Panjabi, Urdu, Nepali, Amharic, Iranian Persian and Uyghur put a copula or ending after the value "
      "(after a space); Ukrainian and Belarusian introduce it after a dash; every value is set off by whitespace on both "
      "sides (checked).\n"
      % (prose253.SPAN_TYPE, ", ".join(_bt(f) for f in prose253.FORMATS),
         ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose253.L),
         ", ".join("`%s` (%s)" % s for s in prose253.SPARES),
         ", ".join(sorted(set(x[2] for x in prose253.L)))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (e, enc253.RULES[e]) for e in enc253.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (enc253.FAMILIES[e], e) for e in enc253.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in evasions253.TYPES) +
      "; wordings: " + ", ".join(_bt(w) for w in evasions253.WORDINGS) +
      " (container `<encoding>__<wording>`; encoding i and type j take wording (2i + j) mod 3, so each encoding appears "
      "once per type and once per wording). Each text states the rule in words, then `:` and a newline, then the run on "
      "its own line, then a remark (checked). Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its "
      "own run, if the run equals the plain, has outer whitespace or a newline, or if the registry refuses plain or run.\n")
    a("Encoders are in `enc253.enc` (the rng only adds noise the decoder ignores: the site names and reasons of the "
      "stoppage list and the random slopes of the Shamir shares). The encoder asserts the zlib stream with `zlib.decompress`, "
      "AES-128 on the FIPS-197 appendix C.1 vector (its S-box is computed from GF(2^8) inverses and checked on three "
      "entries), Punycode against RFC 3492's `bücher` → `bcher-kva` and against Python's `punycode` codec for every run, the "
      "polyline on Google's published three-point example, the Calkin-Wilf terms 1–8, the Dyck count 132, the element "
      "table on three symbols, every IEEE double by repacking it, every Celsius reading by converting it back. The decoder "
      "`dec253.decode` gets only the encoding name and the run and is written separately, importing nothing from the "
      "encoder or `common253` and no `base64`, `binascii`, `codecs`, `zlib` or `unicodedata` (only `re`, `math` and "
      "`struct`), with every table retyped or recomputed: a fixed-Huffman inflater with length / distance codes and an "
      "Adler-32 check, an AES inverse cipher whose boxes come from an exponent table (asserted on the FIPS-197 vector), HID "
      "usage ids, a DTMF frequency table, an element list, Maidenhead radices, month offsets, `struct` repacking, a "
      "move-to-front list, modular share arithmetic, a varint reader with zigzag, a days-from-civil date routine, Celsius "
      "back to Fahrenheit, Wiegand splitting, its own Dyck enumeration, a polyline reader, case swapping, an RFC 3492 "
      "decoder, a keypad table, AIS de-armouring with the NMEA checksum, the Calkin-Wilf path and `atan2`. Every pair was "
      "round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build "
      "time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs and every item "
      "of their avoided lists – the numeral bases and base-N text encodings (Base32 / 45 / 58 / 62 / 64 variants / 85 / 91 / "
      "100, uuencode, quoted-printable, escapes), UTF-7 and UTF-16 tricks, xxd and Intel HEX dumps, Morse, Braille, NATO "
      "and world spelling alphabets, historic and native numerals, number words, script substitutions and look-alike "
      "letters, zero-width, tag and combining characters, keycaps, regional indicators, Unicode names, HTML entities, "
      "code expressions, classical, keyword and book ciphers, XOR, reorderings, chaff, steganography by word length or "
      "capitals, arithmetic disguises (powers, primes, squares, triangular numbers, π offsets, Cantor, Morton, residues, "
      "delta coding, continued fractions), bit disguises (Gray, BCD, Zeckendorf, factoradic, Elias gamma, 4B5B, Hamming, "
      "8E1, bit runs, mirrored bytes), DNA, dice, cards, chess, hexagrams, colours, clock times, check-digit disguises, "
      "and every world disguise of code points they use. Keyboard-layout mistypes (Dvorak, ЙЦУКЕН, AZERTY) were written "
      "down and set aside as monoalphabetic substitutions; a QR code was set aside because it cannot sit on one line. Close "
      "relatives remain and a scorer may count them as the same idea: the AIS six-bit armouring next to the avoided "
      "uuencode (a 6-bit armour with a different table, inside a checksummed NMEA sentence); the Unix-timestamp and IEEE "
      "754 packings next to the earlier IPv4 packing (bytes reinterpreted as a time and as a float; the floats are written "
      "in e-notation, which superficially resembles the avoided scientific notation); the Celsius readings and the unit "
      "circle next to the earlier arithmetic disguises (an affine unit conversion and a trigonometric one); the Maidenhead "
      "locators next to the earlier mixed radices (bushels, quires); the stoppage dates next to the earlier world "
      "disguises (but a calendar, not a scaled reading); the Dyck-word ranks and the Calkin-Wilf terms next to the earlier "
      "combinatorial number system; the periodic table next to the earlier table lookups (glyph ids, SHA-256 prefixes); "
      "the HID usage ids next to the earlier character-set tables; the Punycode run's internal base-36 digits next to the "
      "avoided base 36. zlib / DEFLATE, AES under a published key, move-to-front, Shamir shares, protobuf zigzag varints, "
      "DTMF, Wiegand cards, encoded polylines, multi-tap and Caps Lock have no close relative in either README.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    nc = collections.Counter(r["class"] for r in ng)
    for cname, desc, kinds in negatives253.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, nc[cname], ", ".join(_bt(k[0]) for k in kinds), desc))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join(_bt(w[0]) for w in negatives253.WRAPPERS if w[0]) +
      " (container `<base kind><wrapper>`); the wrappers add team-chat, helpdesk, committee-minutes and forum context whose "
      "words say the content is safe, without adding a value. The twins class draws its second base kind either as boat "
      "licence numbers and meter frames or as framework placeholders (a zero Laravel `APP_KEY`, a zero `SECRET_KEY_BASE`, "
      "SHA-512 release sums).\n")

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py\n")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief253/` exists it is re-extracted and must be identical "
      "(%s). Every container kind (positives, evasions and negatives), span type, encoding, negative class, negative base "
      "kind and wrapper, vendor style, positional where-label, evasion wording and prose format is compared "
      "case-insensitively, as a whole and by every `__` part, against the names; every positional syntax with `%s` "
      "stripped against the earlier syntaxes and names and against a hand list of earlier tools; every encoding against a "
      "hand list of earlier encoding ideas; every prose language code (and spare) against the codes and all names, its "
      "name and name words against the language names and a hand list." % (meta["deny_status"], positional253.SPAN_PREFIX))
    a("- Ids `p253-s-NNNN`, `p253-e-NNNN`, `p253-n-NNNN`, consecutive; exact record and span field sets (in order); exactly "
      "one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once "
      "in its text and has no outer whitespace; evasion spans carry `plain` and `encoding` equal to the record's "
      "`encoding`; no placement marker left in any text.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with containers "
      "`<type>__<style>`, positional 100–120 distinct syntaxes (one record each), prose 40 in 40 languages, positives "
      "440–470, evasions 66 = 22 encodings × 3 types with each wording once per encoding, negatives ≥ 200 in ≥ 20 classes, "
      "no repeated negative text, span types of the sources pairwise disjoint and disjoint from the evasion types.")
    a("- Shapes: everyday values by type (password regex, Luhn mod 36 character, Adler-32 tail, MOD 11-2 character, HS384 "
      "JWT frame and alg, Laravel byte count, Rails hex); vendor values against the regex built from each spec plus frame "
      "validators (JWT alg and signature length, Base64 JSON keys, CRC-16 and CRC-32 tails, Base64 byte counts, UUID "
      "versions); positional values in strict password form; prose values strict and set off by whitespace; evasion "
      "plains by type; evasion layout (rule, `:` newline, run line, remark) and container `<encoding>__<wording>`.")
    a("- Container syntax: every JSON container (Signal K, dart-defines, eas.json, Chef, tfstate, the log line, HAR, "
      "node-config, appsettings, ECS, devcontainer) parses with `json`, every TOML container (influx configs, samconfig, "
      "Dynaconf) with `tomllib`, every XML container (web.config, plist, KeePass entry, Confluence fragment) with "
      "`xml.etree`, with the value in place.")
    a("- Every evasion run decodes with `dec253.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or any negative; no evasion plain appears in any text; no "
      "negative contains a world-word password form, a registered string or a JWT-shaped string; every UUID-shaped "
      "substring of every text is version 4; every JWT-shaped substring of every text is a valid JWT.")
    a("- Determinism: everything is generated twice in one process and the three JSONL files and this README must be "
      "byte-identical.")
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. "
      "Clean run errors: %d.\n" % (len(meta["mutations"]), sum(c for _, c in meta["mutations"]), len(meta["mutations"]),
                                   ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in meta["mutations"]),
                                   meta["clean_errors"]))

    # ------------------------------------------------------------ guesses
    a("## Shapes you had to guess\n")
    for src, head in (("read_gitleaks", "*Read this session* in the public gitleaks default rule file (`config/gitleaks.toml`); "
                                         "where a rule gives only a prefix, a case-insensitive class or a length range, the exact "
                                         "length and case are mine"),
                      ("read_kingfisher", "*Read this session* in the public Kingfisher rule files (`data/rules/*.yml`); the "
                                          "same caveat; for Stormglass only the 73-character length was read, the two-UUID "
                                          "layout is from memory; for Intercom the 59 + `=` length was read, the `tok:` content is from memory"),
                      ("read_credsweeper", "*Read this session* in the public CredSweeper rule config "
                                           "(`credsweeper/rules/config.yaml`); for Discord the first-four-character classes and "
                                           "part lengths were read, the snowflake Base64 reasoning is mine"),
                      ("believed", "*Believed from memory* of public rule sets and vendor documentation, not re-checked this session"),
                      ("guessed", "*Guessed* (length and alphabet only; the vendor publishes no token format the builder "
                                  "knows, so these are recognisable from the key name only)")):
        items = [v for v in vendor253.V if v[3] == src]
        a("%s (%d): %s.\n" % (head, len(items), "; ".join("%s (%s)" % (_bt(v[0]), vendor253.shape_desc(v[0])) for v in items)))
    own = [v[0] for v in vendor253.V if v[3] == "owner"]
    a("*Owner-chosen passwords* (%d): %s.\n" % (len(own), ", ".join(_bt(x) for x in own)))
    a("Also invented or guessed: the everyday layouts `lgk-` (Luhn mod 36), `mmt_` (Adler-32) and `lcc_` (MOD 11-2) and the "
      "evasion prefixes `sdu_` / `hfa-` are invented; the HS384 JWT, the Laravel `APP_KEY` and the Rails "
      "`secret_key_base` are real formats used for invented purposes. The lock-keeper rota (fixed width), the swing-bridge "
      "keyholder table (org-mode) and the slipway crane operators (TOML array) are invented formats of this world. Partly "
      "known vendor shapes: the exact lengths inside ranges (Stripe-like `sk_live_` for Clerk, `AIzaSy` + 33 for Gemini, "
      "`xoxb-` 13 + 13 + 24, Telegram 10 digits, `u+` + 18 for PagerDuty, `u` + 8 digits for UptimeRobot), the Met Office "
      "DataHub JWT claims, the 1Password JSON keys, the Cloudflare tunnel JSON, the Synapse checksum layout, the NATS seed "
      "prefix bytes, the HubSpot `eu1` region, the Salesforce consumer-key length. Syntaxes written from memory and not "
      "re-checked against manuals: `schtasks /rp`, `net use` argument order, `lftp -u user,pass`, `skopeo --src-creds`, "
      "`snmpget -A`, `sendEmail -xu/-xp`, `radtest` positions, `kamctl add`, `ejabberdctl register` order, "
      "`register_new_matrix_user -p`, `influx setup -p`, `ccrypt -K`, `aescrypt -p`, `webrepl_cli.py -p`, `espota.py -a`, "
      "`check_http -a`, `lpass login` reading stdin, `systemd-creds encrypt -`, `clevis encrypt tpm2 '{}'`, "
      "`nmcli --ask` reading stdin, `fscrypt unlock --quiet` reading stdin, the FlaUI `Enter`, Squish `type`, TestComplete "
      "`SetText`, Power Automate `PopulateTextField` and KeePass auto-type forms, `SMBConnection` argument order, "
      "`cx_Oracle.connect` positional order, `Database.connect` (Exposed) order, `addAccountExplicitly`, `LogonUser` order, "
      "`Workbooks.Open` fifth argument, ADO `Connection.Open`, the `oracle` crate `Connection::connect`, ROracle "
      "`dbConnect` positions, `mysql_real_connect`, davfs2 `secrets`, exim `passwd.client`, racoon `psk.txt`, NUT "
      "`MONITOR` field order, tinyproxy `BasicAuth`, squid `login=`, `sp_addlinkedsrvlogin` argument order, "
      "`dbms.security.createUser`, BTEQ `.LOGON`, Teltonika SMS login / password prefix, `AT+CGAUTH`, `AT+MQTTUSERCFG` and "
      "`AT+UPSD` parameter numbers. Negatives: IMO for trip boats, ENI layout, EA gauge ids, NRFA numbers, WMO numbers, "
      "Turnstile and reCAPTCHA site-key layouts and the Sentry DSN host are approximate; bcrypt, yescrypt, sha512crypt, "
      "ansible-vault, Rails credentials and Jasypt bodies are random in frame.\n")

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (lock-flight SCADA operator, swing-bridge engineer, booking back-office admin, "
      "marina kiosk manager, telematics portal, café EPOS supervisor) and six generated secrets (`lgk-` Luhn mod 36 key, "
      "`mmt_` Adler-32 token, `lcc_` MOD 11-2 key, HS384 booking JWT, Laravel `APP_KEY`, Rails `secret_key_base`). The "
      "Laravel and Rails keys have no vendor prefix, so only the key name and the `base64:` tag tell them from noise; the "
      "Rails key is 128 hex, the same shape as the SHA-512 sums in the negatives (a deliberate trap). Key names in everyday "
      "files say password / key / token / jwt / secret key base – that is how such files look; the telling-key-free cases "
      "are in the positional source. Owner passwords may contain `@ + !`, which all 45 containers hold without escaping.")
    a("- Vendor: about a quarter of the types (most waterway-trade vendors: Dockwa, Molo, Harba, Bókun, Beds24, Smoobu, "
      "Lodgify, Digital Matter, Traccar, Teltonika RMS, Hologram, Monnit, HOBOlink, OTT HydroMet, OS Data Hub, Verkada, "
      "Peplink, Deputy, Beacon, Donorfy, Viator, Epos Now, Sinch, Crisp, Salesforce secret) have guessed shapes and are "
      "recognisable only from the key name (part of the test). Eleven vendor types carry owner-chosen passwords (Canal & "
      "River Trust licensing, Waterways Ireland, the Broads Authority, the Boat Safety Scheme portal, eWON Talk2M, "
      "Secomea, AnyDesk unattended access, a Hikvision NVR, HiveMQ Cloud, Synology DSM, HMRC Charities Online). Same-shape "
      "traps: the Google Gemini key (`AIzaSy…`, secret) against the Google Maps browser key in the negatives (public, same "
      "shape); Stripe-style `sk_live_` (Clerk) against `pk_live_51` (public); hex secrets (Rezdy, Bókun, Digital Matter, "
      "OTT, Deputy, Beacon, Blackbaud, Braintree, Sinch, Mailchimp, Crisp, Algolia admin, Datadog, Linode, OpenWeatherMap, "
      "LangSmith, Azure speech) against SHA-256 sums, commit ids, certificate serials and the Algolia search-only key; "
      "UUIDv4 secrets (Viator, Wise, Squarespace, and the ones inside Stormglass and HubSpot) against UUIDv4 booking ids "
      "and idempotency keys; the AWS secret access key against AWS's own documentation example in the negatives; the "
      "Base64 Azure storage key against random-in-frame vault blobs. Ids next to a secret stay unlabelled as the public "
      "half of a pair – including the AWS `AKIA…` access key id, the Twilio `SK…` key SID, the OPNsense API key, the Bókun "
      "access key, the Epos Now API key, the Pushover user key and the Braintree public key (a scorer may count some of "
      "these as sensitive).")
    a("- Passwords: labelled when the value logs in (sshpass, `net use`, lftp, skopeo, sqlplus, mosquitto_pub, SNMPv3, "
      "httpie, sendEmail, CVS, radtest, webrepl, espota, check_http, restic, twine; library calls in Python, Node, Java, "
      "Kotlin, C#, PowerShell, VBA, VBScript, Go, Rust, Ruby, PHP, Perl, R and C; the SQL `db.auth`, BTEQ `.LOGON` and "
      "`sp_addlinkedsrvlogin`; the NickServ, IRC `/server`, Teltonika SMS and AT command lines), creates or sets an account "
      "(`net user`, `schtasks /rp`, `rabbitmqctl add_user`, `kamctl add`, `ejabberdctl register`, "
      "`register_new_matrix_user`, `influx setup`, `chpasswd` in a Dockerfile, `newusers`, `addAccountExplicitly`, "
      "`CreateAsync`, `CREATE USER … IDENTIFIED BY`, `dbms.security.createUser`, `bcrypt.hash`), unlocks or encrypts "
      "(ccrypt, aescrypt, PyKeePass, `Workbooks.Open`, `pgp_sym_encrypt`, `op signin`, `lpass login`, `systemd-creds`, "
      "clevis, fscrypt, `ConvertTo-SecureString`), sits in a file by position (.pgpass, rsyncd.secrets, davfs2 secrets, "
      "exim passwd.client, postfix sasl_passwd, racoon psk.txt, monitrc `allow`, newusers, dovecot passwd-file, NUT "
      "upsmon, tinyproxy, squid, three invented files) or is typed by automation (neutral field ids `f1` / `f2`: xdotool, "
      "adb, Detox, Flutter, pywinauto, FlaUI, Katalon, CodeceptJS, Squish, TestComplete, Hammerspoon, Espanso, KeePass "
      "auto-type, Power Automate). Weakest kept cases, with a hint nearby: `rclone obscure` (the value is being obscured "
      "for a config file), `bcrypt.hash` and `pgp_sym_encrypt` (the value is about to be hashed or used as a key), the "
      "racoon PSK and the SNMPv3 `-A` passphrase (shared secrets rather than personal passwords), the dovecot `{PLAIN}` "
      "scheme tag, the NickServ `IDENTIFY` and tinyproxy `BasicAuth` keywords, the `ccrypt -K` key flag, Espanso's "
      "`replace:` (a text expander that types the value), the Teltonika SMS (login then password by position). Closest "
      "relatives of earlier syntaxes, kept because the tool, file or mechanism differs: the `-u`/`-p` and `-a` / `-A` pairs "
      "of new tools next to the earlier ones; URL userinfo in restic, CVS and amqplib next to the earlier URL forms; "
      "colon pairs (httpie, check_http, skopeo, squid, postfix, rsyncd, exim, monitrc) next to the earlier "
      "bundler / ZooKeeper / dma pairs; the FTP logins of Python, Java, Go, Ruby and PHP next to the earlier Erlang and Tcl "
      "FTP calls; `PrincipalContext.ValidateCredentials` (an Active Directory check) next to the earlier LDAP binds; the UI "
      "calls next to the earlier Selenium-family and AutoIt forms. Syntaxes whose flag, keyword or function says pass / "
      "passwd / password / pwd / passphrase right before the value were not written.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "Ukrainian, Belarusian, Bulgarian, Macedonian, Slovak, Slovenian, Croatian, Romanian, Vietnamese, Tagalog; modest "
      "for Welsh, Occitan, Venetian, Limburgish, Latvian, Tosk Albanian, Maltese, Georgian, North Azerbaijani, Kazakh, "
      "Kyrgyz, Bengali, Panjabi, Urdu, Nepali, Standard Arabic, Iranian Persian, Javanese, Sundanese; low for Walloon, "
      "Yiddish, Telugu, Assamese, Amharic, Somali, Igbo, Lingala, Nyanja, Tswana, Uyghur (orthography, loans, tone marks "
      "and word order unchecked). Loan words (password, laptop, parol, pasvord forms) are kept as people use them. Welsh "
      "was chosen for the Llangollen and Monmouthshire canals, Occitan for the Canal du Midi, Venetian for Venice, Walloon "
      "for the canals of Wallonia, Limburgish for the Maas canals. `azj` is North Azerbaijani, `als` Tosk Albanian, `arb` "
      "Standard Arabic, `pes` Iranian Persian, `nya` Nyanja (Chichewa).")
    a("- Evasions: the zlib, AES and protobuf runs look like ordinary hex; the HID, DTMF, Wiegand, AIS, polyline and "
      "Maidenhead runs look like device or radio logs; the stoppage dates, Celsius readings and gate-card pairs look like "
      "ordinary records of this world and sit next to genuine ones in the negatives (`stoppage_notices_genuine_dates`, "
      "`lock_flight_water_level_logs`, `marina_access_card_reader_logs`, `ais_and_gps_track_data_genuine`); the Punycode run "
      "looks like a random lower-case token; the Caps Lock run is the value with its case swapped (a detector that matches "
      "case-insensitively may still see it, arguably right); the multi-tap, Dyck, Calkin-Wilf and unit-circle runs look "
      "like noise or homework. The AES key is FIPS-197's published example key, stated in the rule, so it is not a secret "
      "of this corpus.")
    a("- Negatives: IMO, IMEI, ICCID and IBAN numbers carry real check digits; digests, commit ids, certificate serials and "
      "vault blobs are high-entropy on purpose; the Stripe `pk_live_51`, Google Maps browser, Turnstile and reCAPTCHA site "
      "keys, the Sentry DSN, the PostHog `phc_` key and the Algolia search-only key are public by design (the Maps key is "
      "the most arguable negative – it has exactly the frame of the labelled Gemini key); `AKIAIOSFODNN7EXAMPLE` and its "
      "secret are AWS's own documentation example and the other README values are placeholders; the `.env.example` uses "
      "this corpus's key names with empty / `changeme` / `${VAR:?}` / `<from-keepass>` / `replace-me` values (a trap for "
      "key-name-only detectors); masked previews keep at most four characters; ExternalSecret refs, Key Vault references, "
      "ARNs, `op://` and `${{ secrets.X }}` are pointers; bcrypt strings sit in a column called password (a trap); the "
      "`lga-` asset tags, boat licence numbers, `mmr_` meter frames and zero framework keys are the public twins of this "
      "corpus's `lgk-`, `lcc_`, `mmt_`, Laravel and Rails shapes; handbook and newsletter prose talks about passwords "
      "without giving one. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief253/` (p248 and p250), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch253/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`), the public Kingfisher rule files (`mongodb/kingfisher`, "
      "`data/rules/`) and the public CredSweeper rule config (`Samsung/CredSweeper`, `credsweeper/rules/config.yaml`), each "
      "brought in with the search tool's `fetch` and extracted into `/tmp/scratch253/`, for the vendor types marked *read* "
      "above. Betterleaks was only seen as a repository name in a `find_repos` listing; vendor documentation was not "
      "opened this session; the remaining shapes come from the builder's memory and are marked above as believed or "
      "guessed. Published test vectors used in asserts (all from memory): Luhn 7992739871 → 3, Adler-32 of `Wikipedia`, "
      "ORCID check characters, EAN 4006381333931, IMO 9074729, IBAN GB82 WEST 1234 5698 7654 32, CRC-16/XMODEM of "
      "`123456789`, FIPS-197 C.1, RFC 3492 `bücher`, Google's polyline example.")
    a("- Python's standard library (`hashlib`, `hmac`, `base64`, `binascii.crc32`, `json`, `re`, `struct`, `datetime`, and "
      "`zlib` / `codecs` in the encoder's self-checks only) computes digests, HMACs and encodings of generated values; "
      "Luhn mod N, Adler-32, MOD 11-2, CRC-16, GS1, IMO, IBAN, AES, DEFLATE, Punycode, the polyline and all decoders are "
      "written by hand.\n")
    return "\n".join(L)
