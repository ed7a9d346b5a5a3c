"""Renders README.md from the generated data and the module tables."""
from collections import Counter

import everyday196
import evasions196
import negatives196
import positional196
import prose196
import vendor196
from enc196 import FAMILIES, RULES


def bt(s):
    return "`%s`" % s


def render(ctx):
    d = ctx["data"]
    deny = ctx["deny"]
    pos, evs, negs = d["secrets"], d["evasions"], d["negatives"]
    src = Counter(r["source"] for r in pos)
    L = []
    A = L.append
    A("# privacy_hundredninetysixth (p196) – held-out credential corpus")
    A("")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**coworking-space, meeting-room and hot-desk booking developers**: hot-desk and meeting-room booking apps (Nexudus, "
      "OfficeRnD, Cobot, Optix, Essensys, Spacebring, Robin, Skedda, Teem, Condeco, Cal.com, Calendly, Cronofy, Nylas, "
      "Microsoft Graph / Exchange room mailboxes, Google Workspace resource calendars), member portals and day passes (HMAC-signed "
      "QR passes, turnstiles, Stripe, Chargebee, Mollie, PayPal, Braintree, Square terminals), door-access fobs and visitor "
      "sign-in tablets (Kisi, Brivo, Openpath / Avigilon Alta, Salto KS, HID Origo, UniFi Access, Swiftlane, Envoy, Proxyclick, "
      "Sine, Sign In App, Greetly, 26-bit Wiegand fobs, kiosk-mode Android and Raspberry Pi tablets), mail handling and package "
      "lockers (Parcel Pending, Luxer One, PackageX, Earth Class Mail, scanned-mail archives on a NAS), printer / scanner quotas "
      "(PaperCut, Printix, ezeep, uniFLOW, printer web admin pages, IPP / SNMP), guest Wi-Fi captive portals (Meraki, UniFi, "
      "Aruba Central, Purple, MikroTik RouterOS, RADIUS shared secrets, Wi-Fi QR posters), room-display panels (Joan / Visionect, "
      "Electron and Android panels, CO2 sensors), event-space hire and catering orders (Eventbrite, Tripleseat, Peerspace, "
      "ezCater); plus the commerce, messaging, AI, developer and ops services such developers use (Twilio, SendGrid, Postmark, "
      "Vonage, Plivo, WhatsApp Cloud API, Slack, Microsoft Teams, Discord, Front, Pipedrive, Help Scout, Jotform, MailerLite, "
      "HubSpot, OpenAI, Anthropic, Mistral, Cohere, Deepgram, ElevenLabs, AssemblyAI, OpenRouter, GitHub, GitLab, npm, PyPI, "
      "Docker Hub, Netlify, Terraform Cloud, Vault, Doppler, Grafana, Sentry, New Relic, PagerDuty, Better Stack, Cloudflare, "
      "AWS, Firebase, Supabase, PlanetScale, MongoDB Atlas, Algolia, Mapbox, PostHog, LaunchDarkly, Contentful, Sanity, Webflow, "
      "monday.com, ClickUp, Asana, Trello, Okta, Auth0, 1Password, Tailscale, ngrok, Cloudinary, FortiGate, Sumsub, Yoti); with "
      "hard negatives from the same world (Wiegand fob numbers, booking references with ISO 7064 check digits, Damm-checked "
      "day-pass numbers, parcel tracking numbers, printer serials and MACs, open guest SSIDs and portal URLs, IBANs and VAT "
      "numbers on hire invoices, calendar resource ids, publishable widget keys, placeholders, redacted values, secret-store "
      "references, handbook talk about passwords, Django / Werkzeug password hashes, SOPS and Ansible Vault ciphertext, "
      "firmware digests, SSH public keys and fingerprints, masked card receipts). Everything is produced by `build.py` and its "
      "modules (`common196.py`, `everyday196.py`, `vendor196.py`, `positional196.py`, `prose196.py`, `enc196.py`, "
      "`dec196.py`, `evasions196.py`, `negatives196.py`, `checks196.py`, `readme196.py`, frozen deny-list `brief_names.json`): "
      "Python 3 standard library only, fixed `random.Random` seeds (19601 everyday, 19611 everyday pairing, 19602 vendor, "
      "19603 positional passwords, 19604 prose, 19605 evasions, 19606 negatives), no clock, no network. `python3 build.py "
      "[outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs every check and "
      "%d mutation tests, renders this README from both generations and compares it, and only then writes the files (on any "
      "failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from "
      "`/tmp/brief196/`." % len(ctx["mutations"]))
    A("")
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredninetysixth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief196/` (`README_hundredninetyfirst.md`, p191, pet-grooming / "
      "boarding-kennel / dog-daycare developers; `README_hundredninetythird.md`, p193, bookshop / comic-store / second-hand-book "
      "dealer developers), used only to learn the file format and what is already covered. No other `/tmp` directory was "
      "looked at except the scratch directory `/tmp/scratch196/` (an extracted copy of the public gitleaks rule file and trial "
      "runs). The deny-list (`common196.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair including the spares (%d codes) and the names and name words "
      "of those pairs (%d entries). It is frozen in `brief_names.json`; when `/tmp/brief196/` exists the build re-extracts it "
      "and fails if it differs (this build: %s). Every candidate list was written after reading the READMEs; the build fails on "
      "any overlap. Novelty is checked against these two READMEs only; older corpora may share vendors, syntaxes, languages or "
      "notations." % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
                      ctx["frozen_status"]))
    A("")
    # ------------------------------------------------------------------ files
    A("## Files and counts")
    A("")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(pos), sum(len(r["secrets"]) for r in pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}),
         src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(evs), len(evs), len({r["type"] for r in evs}),
                                                                      len({r["container"] for r in evs}), len({r["encoding"] for r in evs})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negs), len({r["container"] for r in negs}), len({r["class"] for r in negs})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("")
    A("Schema (same as the earlier corpora): positives `id` (`p196-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p196-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p196-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.")
    A("")
    kept = positional196.kept()
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (120 "
      "candidates written, all kept). Positional passwords %d (%d syntaxes written; set aside: %s). Prose 40 in 40 languages "
      "(spares written and unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. "
      "Positives total %d (asked: about 450). The value registry held %d strings this build."
      % (len(kept), len(positional196.SYNTAXES), "; ".join("%s (%s)" % (bt(k), v) for k, v in positional196.SET_ASIDE.items()),
         ", ".join("%s (%s)" % (bt(s[0]), s[1]) for s in prose196.SPARES), len(negs), len(negatives196.CLASSES), len(pos),
         d["meta"]["registry_size"]))
    A("")
    # ------------------------------------------------------------------ conventions
    A("## Conventions")
    A("")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a community manager's WhatsApp "
      "export, a Discord ops channel, a Front inbox reply, a Jira Service Desk comment, an OCR'd reception whiteboard, a Google "
      "Sheets CSV export, a logfmt debug line, a zsh history, a PowerShell env script, a Slack DM, a helpdesk e-mail, a KeePass "
      "CSV export, `aws ssm put-parameter` and `vercel env add` histories) are labelled.")
    A("- Owner-chosen passwords are a word of the coworking world (%s, …; %d in all; capitalised with probability 0.4) + one "
      "of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the six everyday password types and the "
      "owner-chosen vendor passwords, and the strict `- _ .` form for every plain positional value, every password hidden "
      "inside a Base64 positional value, every prose value and every evasion reception-PC plain."
      % (", ".join(__import__("common196").WORDS[:24]), len(__import__("common196").WORDS)))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or negative. "
      "Values, hidden passwords, evasion plains and evasion runs are drawn through one registry that refuses repeats and any "
      "string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered "
      "string.")
    A("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped "
      "substring of a positive text has base64url JSON header and payload (checked); the room-display token is a real HS512 "
      "JWT (64-byte HMAC-SHA512 under a discarded key, checked), the Front and monday.com tokens real HS256 JWTs, the Calendly "
      "token an ES512-shaped JWT (real JSON, 132 random signature bytes), the MailerLite token an RS256-shaped JWT (512 random "
      "signature bytes); `plk_` tokens carry a real CRC-16/CCITT-FALSE of their body (checked); `bkwh_` bodies are base64url "
      "of 24 bytes, the mail-scan key Base64 of 32 bytes, `ctr1.` tokens base64url of 48 bytes, the day-pass key 32 bytes of "
      "hex (all checked); the Sentry org token and the 1Password service-account token wrap real JSON (checked); the Mapbox "
      "`sk.` token has a real JSON middle. The two Base64 positional spans decode to `user:password` (Docker `config.json` "
      "`auth`) and NUL user NUL password (SMTP `AUTH PLAIN` initial response), each with a strict-form password (checked); "
      "the print-release fixed-width file puts the value in columns 21–40 (checked). Negatives: Wiegand parity bits, ISO 7064 "
      "MOD 97-10 booking references, Damm day-pass digits, 3-1 weighted mod-10 tracking digits and IBAN mod-97 digits are real "
      "(checked); `ssh-ed25519` keys have the real wire format (checked) and their fingerprints are real SHA-256 digests of "
      "the blob; firmware digests are real SHA-256 / SHA-1 / MD5 of random bytes.")
    nbl = []
    for v in vendor196.VENDORS:
        if v[3]:
            nbl.append("%s: %s" % (v[0], " ".join(v[3][0])))
    A("- Public neighbours are unlabelled: user names, hosts (`*.northloft.lan`, `*.dock4.internal`, `*.cowork.lan`, "
      "`*.hub.internal`, private addresses, `northloft.example`), key names, and ids written next to a vendor secret (%s) "
      "and the user half of a user / password pair." % "; ".join(nbl))
    A("- Positional passwords: span type `deskpw_<syntax>`, container `deskpw_<syntax>__<suffix>` where the suffix says "
      "where the text lives: %s." % ", ".join("%s (%s)" % (bt(v), k) for k, v in positional196.SUFFIX.items()))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the "
      "run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own "
      "run, if the run equals the plain or if the run would start or end with whitespace.")
    A("")
    # ------------------------------------------------------------------ categories
    A("## Categories (positives)")
    A("")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in everyday196.TYPES) + ".")
    A("")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k), everyday196.C[k][0]) for k in everyday196.KINDS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 19611) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in "
      "exactly 15 records (checked); secrets therefore also land in implausible places (a RADIUS secret in a room-display plist, "
      "a catering token in an ESP32 header). Key names are the type's key words in the container's own case style: upper "
      "(UPPER_SNAKE), snake, camel, pascal, kebab (Spring, Kubernetes `stringData`), dot (custom properties), spaced (chats, "
      "e-mail, tickets, logs in prose) and title (OCR'd whiteboard, Sheets CSV header).")
    A("")
    A("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in vendor196.VENDORS[:vendor196.KEPT])
      + ". Styles (12, assigned cyclically): " + ", ".join("%s (%s)" % (bt(s[0]), s[1]) for s in vendor196.STYLES)
      + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.")
    A("")
    A("Positional passwords (%d syntaxes, span type `deskpw_<syntax>`): " % len(kept)
      + ", ".join(bt(positional196.PFX + s[0]) for s in kept) + ".")
    A("")
    langs = prose196.choose(deny)
    A("Prose: someone tells a colleague the password of the reception PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is among "
      "the languages or spares of either README (checked: code against the codes and all deny-listed names; name and each name "
      "word against the language names). Scripts: %s. Japanese, Mandarin, Khmer and Burmese do not separate words with spaces "
      "(or not consistently), so the value got spaces around it; every value is set off by whitespace on both sides (checked); "
      "where a comma or full stop would follow the value the sentence uses a dash, a following word, a copula or a spaced "
      "full-width comma instead."
      % (prose196.TYPE, ", ".join(bt(f) for f in prose196.FORMATS), ", ".join("%s (%s)" % (bt(l[0]), l[1]) for l in langs),
         ", ".join(sorted({l[2] for l in langs}))))
    A("")
    # ------------------------------------------------------------------ evasions
    A("## Evasion encodings")
    A("")
    A("; ".join("%s = \"%s\"" % (bt(k), RULES[k]) for k in sorted(RULES)) + ".")
    A("")
    A("Encoders are in `enc196.ENCODINGS` (the rng only adds noise the decoder ignores: the floor numbers of the desk labels, "
      "the room names of the bookings, the member numbers of the print report, the temperatures of the sensor readings); the "
      "decoder `dec196.decode` gets only the encoding name and the run and is written separately, importing nothing from the "
      "encoder and no `base64`, `binascii` or `codecs`: the Polybius grid rebuilt from code-point ranges, XOR undone on parsed "
      "hex, `unicodedata.digit` for superscript digits, NFKC for the italic letters, positional evaluation in bases 7, 60 and "
      "6, running sums for the differences, row reversal undone for the boustrophedon, a regular expression for the C escapes, "
      "an EBCDIC table typed from the code-page chart (the encoder uses Python's `cp037` codec), an English number-word parser, "
      "two-bit DNA letters regrouped into bytes, `int.to_bytes` for the big integer, letter arithmetic for the a–p nibbles, and "
      "regular expressions plus arithmetic for the seven coworking disguises. Every pair was round-tripped on random plains of "
      "all three plain types while writing; at build time every span is decoded back to its `plain`. Families: "
      + "; ".join("%s: %s" % (FAMILIES[k], bt(k)) for k in sorted(FAMILIES)) + ". Evasion types: "
      + "; ".join("%s (%s)" % (bt(t[0]), t[1]) for t in evasions196.TYPES) + "; wordings: "
      + ", ".join(bt(w[0]) for w in evasions196.WORDINGS) + "; container `<encoding>__<wording>`.")
    A("")
    # ------------------------------------------------------------------ negatives
    A("## Negative classes")
    A("")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    nc = Counter(r["class"] for r in negs)
    for cls, desc, kinds in negatives196.CLASSES:
        A("| %s | %d | %s | %s |" % (bt(cls), nc[cls], ", ".join(bt(k[0]) for k in kinds), desc))
    A("")
    A("Each base kind appears plain and wrapped " + ", ".join(bt(w[0]) for w in negatives196.WRAPPERS if w[0]) + ".")
    A("")
    # ------------------------------------------------------------------ checks
    A("## Checks run by build.py before writing")
    A("")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by spaces")
    A("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional, "
      "Base64-hidden, prose and evasion passwords; Base64 positional spans decode to `user:password` or NUL user NUL password; "
      "UUID-shaped substrings of every text are version 4; every JWT-shaped substring of a positive text has base64url JSON "
      "header and payload, the room-display token is HS512 with a 64-byte signature; `plk_` CRC-16; `bkwh_`, mail-scan key, "
      "`ctr1.` and day-pass key layouts; Sentry org and 1Password service-account JSON; %d vendor regexes; fixed-width columns "
      "21–40; Wiegand parity, MOD 97-10, Damm, mod-10 tracking, IBAN and `ssh-ed25519` wire format in their negative classes"
      % len(__import__("checks196").VENDOR_RE))
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; "
      "record and span encoding agree; container starts with the encoding; 22 encodings × 3")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    A("- deny-list: every container (positives, evasions, negatives — so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding and negative class is "
      "compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type "
      "without `deskpw_`) also against the earlier syntax list; prose languages by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `/tmp/brief196/` exists")
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions; positives 440–470; span types of the four sources pairwise disjoint; non-everyday containers "
      "unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s"
      % (len(ctx["mutations"]), sum(c for _, c in ctx["mutations"]), len(ctx["mutations"]),
         ", ".join("%s (%s)" % (bt(n), "caught" if c else "NOT caught") for n, c in ctx["mutations"])))
    A("")
    # ------------------------------------------------------------------ shapes
    A("## Shapes you had to guess")
    A("")
    for prov, head in (("read", "*Read this session* for shape in the public gitleaks default rule file (nothing copied; every "
                                "value generated; where gitleaks gives only a prefix or an alphabet, lengths are mine)"),
                       ("believed", "Believed right from background knowledge (not re-read this session)"),
                       ("guessed", "Guessed (length and alphabet only; most coworking, room-booking, visitor, door-access, "
                                   "locker, print and Wi-Fi vendors publish no token format the builder knows, so these are "
                                   "recognisable from the key name only)")):
        items = ["%s (%s)" % (bt(v[0]), v[5]) for v in vendor196.VENDORS[:vendor196.KEPT] if v[4] == prov]
        A("%s: %s." % (head, "; ".join(items)))
        A("")
    A("Also invented or guessed: the everyday prefixes `plk_` (with its CRC-16 tail), `bkwh_` and `ctr1.` and the evasion "
      "prefixes `dak_` / `gwa-` are invented; the HS512 room-display token, the 32-byte hex day-pass key and the Base64 "
      "mail-scan key are modelling choices. The kiosk roster pipe file, door-fob enrolment CSV, visitor-tablet TSV, "
      "print-release fixed-width file (columns 21–40) and courier-accounts semicolon file are invented formats of this world. "
      "Syntaxes written from memory, not re-checked: `smbclient -U user%pw`, `rpcclient -U`, `xfreerdp /p:`, `rdesktop -p`, "
      "`sshpass -p`, `mysqladmin -p<pw>`, `mongosh -p`, `cqlsh -p`, `rabbitmqctl add_user`, `smbpasswd -s`, `openssl pkcs12 "
      "-passout pass:`, `keytool -storepass`, `apksigner --ks-pass pass:`, `zip -P`, `gpg --passphrase-fd 0`, `ccrypt -K`, "
      "`pdftk … input_pw`, `cryptsetup --key-file -`, `docker login --password-stdin`, `podman login -p`, `skopeo --src-creds`, "
      "`az login -p`, `oc login -p`, `plink -pw`, `winscp.com open sftp://`, `curlftpfs`, `pip --index-url`, `ovftool vi://`, "
      "`GOVC_URL`, `ffmpeg` RTMP URLs, `svn checkout` URLs, `ldapsearch -w`, `radtest`, `snmpget -A`, `net user … /add`, "
      "`vmrun -gp`, `redis-cli -a`, HTTPie `-a`, `openconnect --passwd-on-stdin`; the library positions (pysmb, ldap3, "
      "pysnmp `UsmUserData`, NAPALM, pexpect, telnetlib, pypdf `decrypt`, `load_pem_private_key`, `pbkdf2_hmac`, argon2-cffi, "
      "exchangelib `Credentials`, caldav URLs, pyrad `PwCrypt`, ldapjs `bind`, `scryptSync`, node-argon2, MQTT.js URLs, "
      "JavaMail `Transport.connect`, Jedis `auth`, `MongoCredential.createCredential`, Ktor `BasicAuthCredentials`, Slick "
      "`forURL`, MailKit, SSH.NET, EWS `WebCredentials`, `Rfc2898DeriveBytes`, Go `smtp.PlainAuth`, go-ldap `Bind`, minio-go "
      "`NewStaticV4`, `argon2.IDKey`, lettre, suppaftp, Net::LDAP, PHP `ldap_bind` and PDO, Perl Net::FTP, LuaSQL); the file "
      "layouts (rsyncd.secrets, vsftpd virtual users, Dovecot `{PLAIN}`, Postfix `sasl_passwd`, OpenVPN `auth-user-pass`, "
      "hostapd `wpa_psk_file`, `.pgpass`, `.git-credentials`, Mosquitto plain password file, svnserve `passwd`, the Wi-Fi QR "
      "`WIFI:T:…;P:…;;` payload, Docker `config.json`); the protocol exchanges (SMTP `AUTH PLAIN`, IMAP `LOGIN`, Redis RESP "
      "`AUTH`, STOMP `passcode`, WordPress XML-RPC `wp.getUsersBlogs`, 3GPP `AT+CGAUTH`, an FTP URL in a `Referer` header); "
      "the UI automation (xdotool, AppleScript, AutoHotkey `SendRaw`, Playwright, Cypress, TestCafe, Capybara, UiAutomator, "
      "UiPath `TypeInto`, Hammerspoon); the SQL functions (SQLCipher `ATTACH … KEY`, `pgp_sym_encrypt`, `AES_ENCRYPT`, "
      "`ENCRYPTBYPASSPHRASE`). Negatives: the Wiegand H10301 parity layout, the 22-digit tracking layout (IMpb-like, 3-1 "
      "weights), Google resource-calendar ids, Django `pbkdf2_sha256` / Werkzeug `scrypt:` frames, SOPS `ENC[…]` and Ansible "
      "Vault headers are from memory; hashes and ciphertexts are random bytes in the right frame, not hashes or ciphertexts of "
      "anything.")
    A("")
    # ------------------------------------------------------------------ judgement
    A("## Judgement calls")
    A("")
    A("- Everyday: six owner-chosen passwords (hot-desk booking admin, member-portal database, door-fob controller, visitor "
      "kiosk exit, print-quota server admin, guest Wi-Fi RADIUS shared secret) and six generated secrets (HS512 room-display "
      "JWT, 32-byte hex day-pass QR key, `plk_` locker token, `bkwh_` webhook secret, Base64 mail-scan archive key, `ctr1.` "
      "catering token). The RADIUS shared secret is typed by the owner, so it is drawn as an owner-chosen password; the hex "
      "day-pass key and the Base64 mail-scan key have no telling prefix but each signs or encrypts something, so both are "
      "labelled. Key names in everyday files say password / secret / key / token / jwt – that is how such files look; the "
      "telling-key-free cases are in the positional source. The Sheets CSV puts the key in a column header and the value in "
      "the row under it; the Gradle `buildConfigField` value sits inside escaped quotes (the span excludes `\\\"`).")
    A("- Vendor: most coworking, booking, visitor, door, locker, print and Wi-Fi vendors publish no token format the builder "
      "knows, so their types are recognisable only from the key name – part of the test. Eight vendor types carry "
      "owner-chosen values (Nexudus API user, Openpath / Alta login, printer web admin, UniFi controller, RouterOS API user, "
      "Atlas database user, the mail-scan NAS, the identity-check SDK key passphrase). Same-shape traps: the Twilio `SK…` SID "
      "(identifier) next to a 32-alphanumeric secret; the Vonage 8-hex key next to its secret; the Braintree public key next "
      "to the 32-hex private key; the Algolia admin key is 32 hex and an Algolia search-only key of the same shape is a "
      "negative; `packagex_mailroom_api_key` and `clickup_personal_api_token` start with `pk_` yet are secret, while Stripe "
      "`pk_live_` is a negative; the Postmark server token, the ezCater token and the HubSpot developer key are bare UUIDv4s "
      "(secrets that look like ids); the AWS `AKIA…` ids next to the IAM secret and the SES SMTP password are identifiers. "
      "Webhook URLs (Teams, Discord) are labelled whole, because the URL is the credential. Brands of the earlier READMEs "
      "reappear with new credential kinds (Stripe restricted key, Twilio API-key secret, Slack app-level token, OpenAI service "
      "account key, Anthropic admin key, GitHub installation token, GitLab deploy / runner tokens, Chargebee, AWS, Supabase "
      "PAT, Doppler service token, Sentry org token, 1Password service account, Tailscale auth key); only type names were "
      "checked. The vendor list was written to exactly 120, so there is no unused tail.")
    A("- Passwords: labelled when the value logs in (`-U user%pw`, `/p:`, `-p`, `-pw`, `-a`, `-w`, `-A`, `-gp`, `user:pw` "
      "pairs, URL userinfo, positionals of `rabbitmqctl add_user`, `radtest`, `net user`, library call positions, UI typing), "
      "unlocks a file or key (`zip -P`, `gpg --passphrase-fd`, `ccrypt -K`, `pdftk input_pw`, `cryptsetup`, `openssl pkcs12 "
      "-passout`, `keytool -storepass`, `apksigner --ks-pass`, pypdf `decrypt`, `load_pem_private_key`, SQLCipher `KEY`, "
      "`pgp_sym_encrypt`, `AES_ENCRYPT`, `ENCRYPTBYPASSPHRASE`), is hashed or derived (`pbkdf2_hmac`, argon2, `scryptSync`, "
      "`Rfc2898DeriveBytes`, `argon2.IDKey`), is a shared secret (hostapd PSK file, Wi-Fi QR `P:`), sits in a file by "
      "position, travels in a protocol exchange or is typed by automation. Weakest kept cases, with a hint of the word in a "
      "flag, keyword or function name: `-passout pass:`, `-storepass`, `--ks-pass pass:`, `input_pw`, `--password-stdin`, "
      "`--passwd-on-stdin`, `{PLAIN}`, `sasl_passwd`, `passcode:`, `PwCrypt`, `ENCRYPTBYPASSPHRASE`, the pexpect / telnetlib "
      "prompt strings; `smbpasswd -s` reads the password twice from stdin, and the second copy is written as a command "
      "substitution so that the value occurs once. `go_minio_newstaticv4_second` draws the MinIO secret key as a strict "
      "password (MinIO root credentials are owner-chosen). The Base64 spans are the whole token on the wire / in the file. "
      "UI tests use neutral field ids (`#f2`, `field2`, `Field2`). Several ideas repeat the earlier corpora on new tools (URL "
      "userinfo, `-p` after `-u`, library call positions, UI typing, Base64 protocol lines); novelty was checked by name.")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Portuguese, Russian, Norwegian Bokmål, Afrikaans, Galician, Esperanto, Serbian, Malay, Japanese, "
      "Mandarin; modest for Korean, Hindi, Marathi, Nepali, Hebrew, Luxembourgish, Faroese, Uzbek, Tatar, Tajik, Haitian "
      "Creole, Cebuano, Javanese, Zulu, Xhosa, Mongolian, Bengali, Gujarati; low for Punjabi, Kannada, Malayalam, Sinhala, "
      "Khmer, Burmese, Hausa, Yoruba, Kinyarwanda, Scottish Gaelic. Loan words (`PC`, `password` in Cebuano, पासवर्ड, "
      "ресепшен) are kept as people use them. Hebrew is right-to-left with the Latin value embedded. The Russian sentence "
      "introduces the value after a colon.")
    A("- Evasions: the Polybius grid, XOR, EBCDIC, DNA letters, a–p nibbles, the big integer and the dice are byte or cipher "
      "notations that hide every character; the italic letters fold back under NFKC and keep digits and `- _ .` in view, and "
      "the boustrophedon keeps every character in view but never the whole plain (checked), so a reversed row still looks "
      "like part of a password (intended); superscript digits fold to ASCII digits under NFKC; English number words are a "
      "spelled form; base 7, base 60, differences and dice are numeral systems or arithmetic; desk labels, booking minutes, "
      "print pages, locker compartments, CO2 readings, VLAN ids and event headcounts are this world's disguises of code "
      "points. Close relatives exist in the earlier corpora (other bases next to base 7 / 60 / 6, prime factors and Zeckendorf "
      "next to differences, nibble-swapped and little-endian hex next to a–p nibbles and XOR hex, script / bold script next to "
      "italic, Arabic-Indic digits next to superscript digits, pair swaps / reversal next to the boustrophedon, element symbols "
      "and Unicode names next to number words, pet and bookshop disguises next to the coworking ones); novelty was checked by "
      "name and, by hand, against every notation either README names in prose.")
    A("- Negatives: fob numbers, booking references, day-pass numbers, tracking numbers, printer serials, MACs, SSIDs, "
      "NAS ids, calendar resource ids, Exchange GUIDs, terminal ids and RRNs are identifiers; IBANs and VAT numbers are "
      "public payment identifiers; Stripe `pk_live_`, PostHog `phc_`, Mapbox `pk.`, the Algolia search-only key and the "
      "Sentry DSN are public by design (the Algolia key is the most arguable: 32 hex next to an app id, the same shape as the "
      "labelled admin key); `plk_<your-token>`, `bkwh_XXXX…`, `<room-display-jwt>`, `ctr1.<paste-token-here>`, `changeme` "
      "(arguably a weak real password; treated as a placeholder as in the earlier corpora), empty values, `${…:?…}`, 64 zeros "
      "and `your-64-hex-key-here` are placeholders; masks carry no value (the `plk_` mask keeps a 4-character tail, a trap); "
      "Vault templates, `{{resolve:…}}`, Key Vault references and `op://` are pointers; Django / Werkzeug strings are one-way "
      "hashes (the Django column is called `password`, a trap); SOPS and Ansible Vault bodies are ciphertext; SSH public keys "
      "and fingerprints are public; masked PANs and authorisation codes are payment data, not credentials. Random fillers are "
      "generated, so an entropy-only detector will hit them – that is the point.")
    A("")
    # ------------------------------------------------------------------ sources
    A("## Sources consulted")
    A("")
    A("- The two READMEs in `/tmp/brief196/` (p191 and p193), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch196/` was looked at.")
    A("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch196/`), read for the rules behind every vendor type "
      "marked *read this session* above (Square, Stripe, Entra ID client secrets, Twilio API keys, SendGrid, Facebook / "
      "WhatsApp access tokens, Slack app tokens, Microsoft Teams webhooks, OpenAI, Anthropic admin keys, Cohere, GitHub app "
      "tokens, GitLab deploy and runner tokens, npm, PyPI, Terraform Cloud, Vault, Grafana service accounts, Sentry org tokens, "
      "Cloudflare origin CA keys, PlanetScale passwords, Algolia, Okta, 1Password service-account tokens). Betterleaks, "
      "Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the "
      "builder's memory and are marked above as believed or guessed.")
    A("")
    return "\n".join(L)
