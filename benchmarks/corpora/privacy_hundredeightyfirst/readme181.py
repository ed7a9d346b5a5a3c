"""Renders README.md from the generated data (deterministic)."""
import collections
import common181
import everyday181, vendor181, positional181, prose181, evasions181, negatives181, enc181

def bt(x):
    return "`%s`" % x

def render(d, meta, muts, note):
    S, E, N = d["secrets"], d["evasions"], d["negatives"]
    src = collections.Counter(r["source"] for r in S)
    deny = meta["deny"]
    L = []
    a = L.append
    a("# privacy_hundredeightyfirst (p181) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **climbing-gym, bowling-alley and indoor-recreation developers**: "
      "climbing-gym check-in and waiver kiosks (Smartwaiver, WaiverForever, WaiverSign, Rock Gym Pro, Capitan, Redpoint HQ), route-setting and grade-logging apps (Kaya, TopLogger, Vertical-Life, Kilter Board), "
      "auto-belay inspection logs, bowling lane scoring systems and pinsetter controllers (QubicaAMF BES X, Brunswick Sync, Steltronic Focus, Kegel, Lanetalk, LeagueSecretary), party and lane reservations "
      "(ROLLER, Bookeo, Xola, FareHarbor, Peek Pro, Checkfront, Resova, Omnify), arcade card and redemption-prize systems (CenterEdge, Embed, Intercard, Sacoa, Semnox Parafait, ClubSpeed), "
      "trampoline-park capacity counters (Density, Xovis), laser-tag scoring (Laserforce), snack-bar kitchen display screens (Fresh KDS, Revel) and in-venue music (Spotify, Soundtrack Your Brand); "
      "plus the commerce, messaging, AI, developer and ops services such developers use (Stripe, Square, Shopify, WooCommerce, GoCardless, Checkout.com, Lemon Squeezy, Paddle, Xero, QuickBooks, SumUp, "
      "Twilio, Telnyx, MessageBird, ClickSend, TextMagic, Mailchimp, Mandrill, Brevo, Resend, Mailgun, Postmark, Slack, Discord, Google Chat, Mattermost, Pushover, ntfy, Telegram, Facebook, Instagram, Twitch, "
      "OpenAI, Anthropic, Gemini, Groq, Replicate, Perplexity, xAI, Together, Pinecone, Langfuse, Hugging Face, GitHub, GitLab, Bitbucket, Atlassian, Linear, Notion, Airtable, Postman, Vercel, Fly.io, Heroku, "
      "DigitalOcean, Terraform Cloud, Pulumi, Doppler, Snyk, Sentry, Datadog, PostHog, UptimeRobot, Backblaze B2, Azure Storage, Cloudflare, AWS, Supabase, HubSpot, Intercom, Zendesk, Freshdesk, Calendly, "
      "Typeform, Jotform, DocuSign, Dropbox, hCaptcha, age / SOPS …); with hard negatives from the same world. Everything is produced by `build.py` and its modules (`common181.py`, `everyday181.py`, "
      "`vendor181.py`, `positional181.py`, `prose181.py`, `enc181.py`, `dec181.py`, `evasions181.py`, `negatives181.py`, `checks181.py`, `readme181.py`, frozen deny-list `brief_names.json`): Python 3 standard "
      "library only, fixed `random.Random` seeds (18101 everyday, 18102 vendor, 18103 positional passwords, 18104 prose, 18105 evasions, 18106 negatives), no clock, no network. `python3 build.py [outdir]` "
      "generates everything twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both generations and compares it, and only then "
      "writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief181/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory (`benchmarks/corpora/privacy_hundredeightyfirst/`) was created (with `mkdir -p`) and written; its "
      "parent was never listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material read were the two READMEs in `/tmp/brief181/` "
      "(`README_hundredseventysixth.md`, p176, musical-instrument repair / rental / piano tuning; `README_hundredseventyeighth.md`, p178, ice rink / curling club / winter-sports facilities), used only to learn "
      "the file format and what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch181/` (trial builds and a copy of the public gitleaks rule file, read for "
      "token shapes). The deny-list (`common181.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` and with any earlier positional "
      "prefix (`<letters>pw_`) stripped (%d names); the earlier positional syntaxes without prefix, including both READMEs' unused tails (%d); the language codes of every `code` (Name) pair and of the spare "
      "lists (%d); and the language names and name words of those pairs plus the spares' names (%d). It is frozen in `brief_names.json`; when `/tmp/brief181/` exists the build re-extracts it and fails if it "
      "differs (this build: %s). Nothing is silently dropped: every candidate list was written after reading the READMEs and the build fails on any overlap. Novelty is checked against these two READMEs only; "
      "older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), note))

    # ------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(S), sum(len(r["secrets"]) for r in S), len({r["type"] for r in S}), len({r["container"] for r in S}),
        src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(E), len(E), len({r["type"] for r in E}), len({r["container"] for r in E}), len({r["encoding"] for r in E})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}), len({r["class"] for r in N})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p181-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), "
      "`source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p181-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) and `encoding`; `source` is `evasion`. "
      "Negatives (`p181-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    tail = [v[0] for v in vendor181.V[vendor181.KEEP:]]
    a("**Scale.** Everyday 180 = 45 kinds × 4 (12 types, each type in 15 records). Vendor 120 (%d candidates written, the world's own vendors first, the most generic developer services last; the first 120 kept; "
      "unused tail: %s). Positional passwords %d (%d syntaxes written, all kept). Prose 40 in 40 languages (spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 6 presentations. "
      "Positives total %d (asked: about 450).\n" % (len(vendor181.V), ", ".join(bt(t) for t in tail), src["password"], len(positional181.S),
      ", ".join("%s (%s)" % (bt(c), n) for c, n in prose181.SPARES), len(N), len(negatives181.CLASSES), len(S)))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes and never the key. Values pasted where they do not belong "
      "(a route-setting Slack thread, an OCR'd front-desk sticky note, a bowling mechanic's WhatsApp message, a gym owner's e-mail to the developer, a Trello card comment, a pino JSON log line, a Windows "
      "event-log XML record, a fish shell history, a Signal message, a Zendesk internal note, a Gmail thread, a Bitwarden JSON export) are labelled.")
    a("- Owner-chosen passwords are a word of the climbing / bowling / arcade world (%s; %d in all; capitalised 45 %% of the time) + one of `- _ . + ~` + 3–6 lower-case letters / digits + 2 digits "
      "(positional, prose and evasion passwords use only `- _ .`). The build checks this shape (`^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$`) for the six everyday password types and the owner-chosen vendor "
      "passwords, and the strict `- _ .` form for every plain positional value, every password hidden inside a Base64 positional value and every prose value." % (
      ", ".join(common181.WORLD_WORDS[:40]) + ", …", len(common181.WORLD_WORDS)))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no evasion plain and no password hidden inside a Base64 positional value "
      "appears in any text. Values, hidden passwords, evasion plains and evasion runs are drawn through one registry that refuses any string in a substring relation with an earlier one; a negative is redrawn "
      "if it contains any registered string.")
    a("- Structured values are valid: every UUID-shaped substring in every text (positives, evasions, negatives) is version 4 (checked); the pinsetter telemetry signing key is the base64url of 48 random bytes "
      "(64 characters, checked); the auto-belay log sync token, the Supabase service-role key, the Lemon Squeezy key and the Calendly token are JWTs with real base64url JSON header and payload and a real "
      "HMAC-SHA256 under a discarded key (checked for every JWT-shaped value); `ghp_` tokens carry a real CRC-32 in their last six base62 characters (checked); the Intercom token is the Base64 of "
      "`tok:<UUIDv4>:1:0` and the Azure storage key the Base64 of 64 bytes (both checked); the age identity uses the Bech32 alphabet (checked); the KDS pairing secret uses Crockford base32 (checked). "
      "Positional Base64 spans decode to the bare password (SMTP `AUTH LOGIN` second response), `user:password` (HTTP `Proxy-Authorization: Basic`) or NUL user NUL password (XMPP SASL PLAIN) (checked). "
      "Negatives: play-card numbers carry real Luhn digits, EAN-8 / EAN-13 prize codes real GS1 check digits (both checked); SHA-256, SHA-384 and MD5 values are real digests of random bytes; the ecdsa-sha2-nistp256 "
      "keys are real wire-format blobs and WireGuard public keys the Base64 of 32 bytes (both checked); the Supabase anon key is a real HS256 JWT.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.strikecity.lan`, `*.chalkworks.lan`, `*.summitbloc.lan`, `*.cosmiclanes.lan`, `*.jumpzone.lan`, `*.lasernova.lan`, private addresses), key names, "
      "and ids written next to a secret (RGP API user, QubicaAMF and ROLLER client ids, Spotify / Twitch / Xero client ids, Square `sq0idp-` application id, Twilio `AC` account SID, Pushover user key, "
      "Facebook app id, Langfuse `pk-lf-` public key, Bitbucket user name, Backblaze key id, AWS `AKIA…` id, Zendesk agent e-mail, DocuSign integration key, Dropbox app key) and the user half of a pair.")
    a("- Positional passwords: span type `cragpw_<syntax>`, container `cragpw_<syntax>__<suffix>` where the suffix says where the text lives: %s." % ", ".join(
        "%s (%s)" % (bt(v), k) for k, v in positional181.SUFFIX.items()))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn "
      "if it would appear inside its own run or the run would start or end with whitespace.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t), desc) for t, _w, desc, _g in everyday181.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k), s) for k, s, _t in everyday181.C) + ". Pairing: type = (5·kind + 7·j + ⌊kind/3⌋) mod 12 for the four records "
      "j = 0…3 of a kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets land in plausible wrong-file places (a laser-tag console password in a "
      "PlatformIO build flag, a redemption API key in a CODESYS global variable list). Key names are the type's key words in the container's own case style (UPPER_SNAKE for Vite / Django-environ / "
      "React Native env files, PlatformIO `-D` flags, Kotlin `buildConfigField`, fly.toml / wrangler / serverless / compose / GitHub / Bitbucket env blocks, heroku app.json, launchd plists, PowerShell `$env:`, "
      "fish `set -gx`; snake_case for MicroPython, Godot, Ansible, Perl, Lua, Home Assistant, Telegraf and SQL settings rows; camelCase for Next.js, Go constants, Unity assets, Gradle properties, Pulumi, "
      "Azure Pipelines, Expo, Swift, Ktor HOCON, pino logs and Postman; PascalCase for .NET user-secrets, CODESYS, CloudFormation, `.reg` exports, Info.plist and Windows event XML; spaced words for chats, "
      "e-mail and Trello; Title Words for the OCR'd sticky note).\n")
    a("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in vendor181.V[:vendor181.KEEP]) + ". Styles (12, assigned cyclically): " +
      ", ".join(bt(s) for s, _c in vendor181.STYLES) + ". Where a vendor pairs a public id with the secret, the id is written next to it in the same style and left unlabelled.\n")
    a("Positional passwords (%d syntaxes, span type `cragpw_<syntax>`): " % len(positional181.S) + ", ".join(bt("cragpw_" + s) for s, _g, _t in positional181.S) + ".\n")
    a("Prose: someone tells a colleague the password of the front-desk check-in PC and asks them not to forward it; span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). "
      "Languages (40): %s. None of them is among the languages or spares of either README (checked: code against codes and all names, name and each name word against the language names). Scripts: %s. "
      "Thai and Lao do not separate words with spaces, so the value got spaces around it; every prose value is set off by whitespace on both sides (checked).\n" % (
      prose181.TYPE, ", ".join(bt(f) for f in prose181.FORMATS), ", ".join("%s (%s)" % (bt(c), n) for c, n, _s, _t in prose181.L),
      ", ".join(sorted({s for _c, _n, s, _t in prose181.L}))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (bt(n), rule) for n, rule in enc181.ENCODINGS) + ".\n")
    a("Encoders are in `enc181.encode` (all hand-written; the combining marks come from the evasion RNG); the decoder `dec181.decode` gets only the encoding name and the run and is written separately, "
      "importing nothing from the encoders and no `base64`, `binascii` or `codecs`: `ord − 0x2800` for Braille cells, `unicodedata.name` parsing for monospace and circled forms, a combining-mark filter, "
      "regular expressions plus `int(…, 8)` / `int(…, 16)` for octal, `\\u` and `&#x…;` escapes, `int(run, 36)` for base 36, a letter table for the nucleotide quartets, XOR for the hex stream, "
      "Horner evaluation in base −2 for negabinary, factorial weights rebuilt by multiplication for factoradic, the zig-zag pattern rebuilt for the rail fence, an inverse keyword alphabet rebuilt from "
      "CHALK, retyped QWERTY / Dvorak rows for the keyboard shift, the pair swap applied again, a retyped periodic table, nibble arithmetic for V-grades, subtraction / division for bowling scores and ticket "
      "tallies, bit sums for standing pins and a retyped resistor colour table. Every pair was round-tripped on 300 random plains per notation (lengths 3–40) while writing; at build time every span is "
      "decoded back to its `plain`. Families: Unicode look-alike and overlay tricks: `braille_pattern_byte_cells`, `mathematical_monospace_forms`, `circled_alphanumeric_enclosures`, "
      "`combining_mark_overlay_noise`; byte / developer notations: `c_octal_byte_escapes`, `json_backslash_u_escapes`, `html_hexadecimal_references`, `base36_big_integer_bytes`, "
      "`nucleotide_quartets_per_byte`, `xor_5a_hex_stream`; numeral systems: `negabinary_code_points`, `factoradic_code_points`; ciphers: `rail_fence_three_rails`, `keyword_chalk_reversed_alphabet`; "
      "keyboard / positional tricks: `qwerty_keys_typed_as_dvorak`, `adjacent_pair_swap`; spelled form: `chemical_symbols_offset_forty`; climbing / bowling / arcade disguises: "
      "`boulder_v_grade_nibble_pairs`, `bowling_game_scores_offset_hundred`, `arcade_ticket_tallies_times_five`, `pinsetter_standing_pin_sets`, `resistor_colour_route_tape_octal` (readings stay in "
      "realistic ranges: V0–V15, scores 145–222, tallies 225–610, pins 1–7). Evasion types: " +
      "; ".join("%s (%s)" % (bt(t), desc) for t, _l, desc, _g in evasions181.TYPES) + "; wordings: " + ", ".join(bt(w[0]) for w in evasions181.WORDINGS) + "; container `<encoding>__<wording>`.\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    nc = collections.Counter(r["class"] for r in N)
    for cls, kinds, desc in negatives181.CLASSES:
        a("| %s | %d | %s | %s |" % (bt(cls), nc[cls], ", ".join(bt(k.__name__) for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join(bt("__" + w[0]) for w in negatives181.WRAPPERS) + ".\n")

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets; exactly one span per record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; "
      "each value occurs exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or Base64-hidden password in any text; no slot marker, NUL or "
      "`PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday and vendor password types, the strict form for plain positional values, Base64-hidden passwords and prose values; UUID-shaped substrings of every "
      "text are version 4; JWT-shaped values and the four JWT types have base64url JSON header and payload; `ghp_` CRC-32; length of the pinsetter signing key; `wvsig_`, `tpc_dev_`, `arc_live_sk_` and KDS "
      "pairing shapes; Intercom and Azure storage Base64 content; age Bech32 alphabet; Luhn digits of play cards, GS1 digits of prize EANs, WireGuard key length and ecdsa wire format in their negative classes")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule occurs before the run; the run starts right after `:` and a newline and is followed by a newline and a remark; "
      "plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value, plain, run and hidden password")
    a("- deny-list: every container (positives, evasions, negatives), span type, evasion encoding, negative class and every presentation label (vendor styles, password suffixes, prose formats, evasion wordings, "
      "negative wrappers) is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; positional syntaxes (span type without `cragpw_`) also against the earlier syntax list; "
      "prose languages (and spares) by code, name and name words; the frozen `brief_names.json` is compared with a fresh extraction when `/tmp/brief181/` exists")
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types, four different types per kind and 15 records per type; 120 distinct vendor types with containers `<type>__<style>`; 95–120 distinct password "
      "syntaxes; 40 prose records in 40 distinct languages; 66 evasions; positives 440–470; span types of the five sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n" % (
        len(muts), sum(c for _n, c in muts), len(muts), ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")
    kept = vendor181.V[:vendor181.KEEP]
    def grp(conf):
        return "; ".join("%s (%s)" % (bt(v[0]), v[2]) for v in kept if v[3] == conf)
    a("Read for shape this session in the public gitleaks rule file (nothing copied): " + grp("read") + ".\n")
    a("Believed right from background knowledge (not re-read this session): " + grp("believed") + ".\n")
    a("Guessed (length and alphabet only, recognisable from the key name): " + grp("guessed") + ".\n")
    a("Owner-chosen passwords (the integration logs in with user / password): " + ", ".join(bt(v[0]) for v in kept if v[3] == "owner") + ".\n")
    a("Invented for this corpus: the everyday prefixes `tpc_dev_` (capacity-counter device token), `wvsig_` (waiver webhook signing secret) and `arc_live_sk_` (redemption API key), the KDS pairing-secret "
      "layout (six Crockford groups) and the evasion prefix `wvk_`. No public token format is known to the builder for Smartwaiver, WaiverForever, WaiverSign, Rock Gym Pro, Capitan, Redpoint HQ, Kaya, "
      "TopLogger, Vertical-Life, Lanetalk, QubicaAMF, Brunswick, CenterEdge, Embed, Intercard, Sacoa, Semnox, ROLLER, ClubSpeed, Bookeo, Xola, FareHarbor, Peek, Checkfront, Resova, Omnify, Laserforce, "
      "Density, Fresh KDS, Revel or Soundtrack Your Brand, so those are guesses; Telnyx, Checkout.com, Paddle, Lemon Squeezy, SumUp, Pinecone, Doppler service tokens, PostHog personal keys, Intercom and "
      "Calendly tokens are modelled on half-remembered looks. Syntaxes from memory, not re-checked: `bcp -P`, `lftp -u user,pass`, `ncftpput -p`, `rclone obscure`, `vncpasswd -f`, `pdftk input_pw`, "
      "`sshfs -o password_stdin`, `plink -pw`, `schtasks /rp`, `net use` password position, `vmrun -gp`, `racadm -p`, `db2 connect … using`, unixODBC `isql DSN user pass`, `vsql -w`, `ldappasswd -s`, "
      "`mount_smbfs //user:pass@`, `composer config http-basic`, `mc alias set` argument order, `snmpwalk -A`, `passwd --stdin`, `keytool -importpass`, `apksigner --ks-pass pass:`, Jdbi / MongoCredential / "
      "FluentFTP / suppaftp / `Net::POP3.start` / `PQsetdbLogin` / `OPENROWSET` argument positions, `davfs2` secrets and `chap-secrets` column order, the lighttpd plain user file, stunnel PSK files, TestComplete "
      "`Keys` and the UI.Vision `XType` command. The staff badge export (semicolon CSV), the lane-PC fixed-width file (columns 41–56), the arcade reader provisioning JSON array and the laser-tag console YAML "
      "flow sequence are invented formats of this world. Negatives: pinsetter serials and part numbers, USBC-style sanction numbers, auto-belay serials and lots, play-card numbering (16 digits starting 7), "
      "and the age / PGP bodies (random bytes, not real ciphertext) and bcrypt / Argon2 strings (random characters in the right frame, not hashes of any password) are approximate.\n")

    # ------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (waiver kiosk admin, route-setting database, lane scoring server, party reservation portal, arcade POS manager, laser-tag console) and six generated secrets "
      "(base64url pinsetter telemetry signing key, `tpc_dev_` capacity-counter token, Crockford-grouped KDS pairing secret, HS256 auto-belay log sync JWT, `wvsig_` waiver webhook secret, `arc_live_sk_` "
      "redemption key). The KDS pairing secret looks like a licence key (dashed upper-case groups) and the signing key has no prefix, but both authenticate devices, so they are labelled. The cyclic pairing "
      "puts secrets into files where they do not belong (a KDS secret in an Ansible inventory); such leaks are still leaks.")
    a("- Vendor: most climbing / bowling / FEC vendors publish no token format the builder knows, so their types are recognisable only from the key name — part of the test. Kilter Board, LeagueSecretary, "
      "Steltronic, Kegel and Xovis carry owner-chosen passwords. Webhook URLs (Slack, Google Chat, Mattermost) are labelled whole because the URL is the credential (the Google Chat URL holds an `AIza` key and a "
      "token, labelled as one span). `google_gemini_api_key` is an `AIza` key labelled as a secret while the referrer-restricted Maps browser key in the negatives has the same shape; Stripe `sk_live_` is positive "
      "and `pk_live_` negative; the Supabase `service_role` JWT is positive and the `anon` JWT negative (same issuer, same shape, only the `role` claim differs); the hCaptcha secret (`0x…`) is positive and the "
      "site key (UUID) negative; a detector that flags every `AIza`, every Supabase JWT or every 32-hex string will lose on one side. The Bitwarden style has a `password` field even for API keys (that is how such "
      "exports look). Public halves (Spotify / Twitch client ids, Langfuse `pk-lf-`, Dropbox app key, Pushover user key, Facebook app id) are left unlabelled although some vendors ask for them to be kept "
      "private too; the Dropbox app key and secret are the same alphabet and length. Several brands of the earlier READMEs reappear with new credential kinds (Twilio auth token, Mailgun private key, "
      "Postmark account token, Slack bot token and incoming webhook, OpenAI project key, Anthropic API key, GitHub fine-grained and classic PATs, GitLab PAT, Sentry user token, Doppler service token, Heroku "
      "v2 key, Shopify admin / shared-secret tokens); only type names were checked.")
    a("- Passwords: labelled when the value logs in (flags `-P`, `-p`, `-pw`, `-w`, `-gp`, `/rp`, `-A`, `-U user:pass`, `-u user,pass`, glued `-p` for 7-Zip; positional arguments of `htpasswd -b`, "
      "`rasdial`, `wpa_passphrase`, `mc alias set`, `net use`, `rclone obscure`, unixODBC `isql`; `user/pass@tns` for sqlplus, `using` for db2; URL userinfo for wget, WinSCP, mongodump, Celery AMQP, NATS, "
      "mount_smbfs, hg, git, gem, redis-cli, Remmina, RTSP, pymongo, mysql2; library call positions in Python, Node, Java, Kotlin, C#, PowerShell, Go, Rust, Ruby, PHP, Perl, C and T-SQL), protects a file or "
      "key (`openssl enc -k`, `gpg --passphrase-fd 0`, `pdftk input_pw`, `ssh-keygen -N`, `keytool -keypass`, `apksigner --ks-pass pass:`, `openssl pkcs12 -passin stdin`, `keytool -importpass`, "
      "`zipfile.extractall`, `KeyStore.load`, `X509Certificate2`), sets a new credential (`chpasswd`, `passwd --stdin`, `vncpasswd -f`, `ldappasswd -s`, `htpasswd -b`), is a shared secret (IPsec PSK, "
      "stunnel PSK, SNMPv3 auth passphrase, Wi-Fi passphrase), sits in a file by position (`davfs2` secrets, CHAP secrets, lighttpd plain user file, four invented shop formats), travels in a protocol exchange "
      "(FTP `PASS`, IRC `PASS`, Redis inline `AUTH user pass`, RTSP URL, SMTP `AUTH LOGIN` Base64, `Proxy-Authorization: Basic` Base64, XMPP SASL PLAIN Base64) or is typed by automation (screen `stuff`, "
      "expect `send`, Robot Framework, WebdriverIO, Puppeteer, Espresso, XCUITest, Maestro, PyAutoGUI, SendKeys in PowerShell and VBScript, TestComplete, UI.Vision). `PASS`, `-pw`, `--ks-pass`, `-keypass`, "
      "`input_pw`, `password_stdin`, `--passphrase-fd`, `-passin`, `PSK`, `passwd`, `chpasswd`, `CURLOPT_USERPWD`, `ConvertTo-SecureString` and the expect prompt `assword:` keep a hint of the word; they are "
      "the weakest positional cases. UI tests use neutral field ids (`#field-2`, `field2`, `R.id.field_two`, `Edit2`). `rclone obscure` only obscures its argument, but the argument is the clear password. "
      "The fixed-width file has no delimiter after the date; the span covers columns 41–56 only. Several ideas repeat the earlier corpora on new tools (URL userinfo, library call positions, stdin echo, "
      "Base64 protocol lines, UI typing); novelty was checked by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for French, Spanish, Catalan, Dutch, Danish, Swedish, Polish, Czech, Slovak, Croatian, "
      "Romanian, Bulgarian, Ukrainian, Turkish, Indonesian, Vietnamese; modest for Basque, Finnish, Estonian, Latvian, Lithuanian, Slovenian, Hungarian, Belarusian, Macedonian, Greek, Azerbaijani, Persian, "
      "Urdu, Swahili, Welsh, Irish, Maltese; low for Georgian, Armenian, Punjabi, Tamil, Thai, Lao, Amharic. Loan words (`password` in Maltese, `ਪਾਸਵਰਡ`, `پاس ورڈ`) are kept as people use them. "
      "The Thai and Lao values got spaces around them, which is slightly unnatural; the Amharic sentence continues with `ነው፤` after a space.")
    a("- Evasions: monospace and circled forms normalise to ASCII under NFKC (a detector that normalises will see them); Braille cells and combining-mark overlays are Unicode tricks that keep or hide the shape; "
      "octal / `\\u` / `&#x` escapes, base 36, nucleotide quartets and the XOR-hex stream are byte notations; negabinary and factoradic are numeral systems; the rail fence and the CHALK keyword alphabet are "
      "ciphers with the key stated; the Dvorak shift and the pair swap are keyboard / positional tricks; chemical symbols are a spelled form; V-grades, bowling scores, ticket tallies, standing pins and "
      "resistor-coded tape colours are disguises of this world. The pair swap and the rail fence keep every character readable (the whole plain never appears in its run, checked); the hex HMAC plain in the "
      "Dvorak shift keeps its digits. Close relatives exist in the earlier corpora (HTML decimal next to HTML hex, percent escapes next to octal escapes, Base58 / Base45 next to base 36, balanced ternary / "
      "Zeckendorf next to negabinary / factoradic, Atbash / autokey next to the keyword alphabet, rotation / boustrophedon / decoy next to the pair swap and the rail fence, fullwidth / Fraktur / "
      "double-struck next to monospace / circled, world-specific number disguises); novelty was checked by name only.")
    a("- Negatives: scoring exports, pinsetter serials and fault codes, route ids and setter tags, auto-belay serials, play-card numbers, prize EANs, waiver document ids, counter readings, vest ids and MACs, "
      "KDS ticket numbers are identifiers; SHA-256 / SHA-384 / MD5 values and 32-hex ETags / PDF ids are digests or identifiers (the same shape as several vendor secrets); Stripe `pk_live_`, hCaptcha site "
      "key, Square application id, the Supabase anon JWT, the referrer-restricted Maps key and PostHog `phc_` are public by design (the Maps key and the anon JWT are the most arguable); bullets with a "
      "four-character tail, `<redacted>`, `[REDACTED n chars]` and an invented prefix kept with `****` / `...` carry no value (the kept `arc_live_sk_` / `tpc_dev_` prefixes are traps); `<your-…>`, `xxxx…`, "
      "`${…:?…}`, `CHANGE_ME_n`, `YOUR_API_KEY_HERE` and `$PARTYDESK_TOKEN` are placeholders; `sm://` paths, Key Vault references, ARNs, `secretKeyRef`, `${{ secrets.X }}` and `doppler run` are pointers; age "
      "and PGP armour is ciphertext (the `age1…` recipient is a public key); bcrypt and Argon2 strings are one-way hashes (sensitive, not usable credentials; the YAML key is `password`, a trap); WireGuard "
      "`PublicKey` values have exactly the shape of a WireGuard private key; the handbook and the staff chat talk about passwords without one. Random fillers are generated, so an entropy-only detector will "
      "hit them — that is the point.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief181/` (p176 and p178), for format and coverage only. The detector was not opened, listed or searched; nothing else under `/work/main` was touched; git was not run in "
      "the project; no other `/tmp` directory except `/tmp/scratch181/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the "
      "search tool's `fetch` into its own mirror directory, extracted with `git show` into `/tmp/scratch181/` and grepped for the rules of age secret keys, Airtable PATs, Anthropic keys, Atlassian tokens, "
      "DigitalOcean, Discord, Doppler, Dropbox, Facebook, Fly.io, GCP `AIza`, GitHub (fine-grained, classic, app, OAuth), GitLab, GoCardless, Grafana, Heroku v2, Hugging Face, Intercom, Linear, Mailchimp, "
      "Mailgun, Mattermost, MessageBird, Netlify, New Relic, Notion, OpenAI, Perplexity, PlanetScale, Postman, Pulumi, Sendinblue / Brevo, Sentry, Shopify, Slack, Snyk, Terraform Cloud, Twilio, Typeform, "
      "Vault, Zendesk and a few others that were then not used). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the builder's "
      "memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
