"""Renders README.md from the generated data and the module tables."""
from collections import Counter, defaultdict

import enc259
import everyday259
import evasions259
import negatives259
import positional259
import prose259
import vendor259
from world259 import FIRMS, PEOPLE, NETS, WORDS

GROUP_TITLES = [("trade", "Trade services and tack-shop commerce: saddlery, leather, equestrian bodies, suppliers, "
                          "marketplaces, tills, payments, accounts, marketing, reviews, shipping, bookings, addresses"),
                ("messaging", "Messaging, chat and webhooks"), ("ai", "AI services"), ("dev", "Developer services"),
                ("ops", "Ops, monitoring, network and devices")]


def bt(s):
    return "`%s`" % s


def render(data, info):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    meta = info["meta"]
    by = defaultdict(list)
    for r in sec:
        by[r["source"]].append(r)
    deny = info["deny"]
    L = []
    a = L.append

    # ------------------------------------------------------------------ title
    a("# privacy_twohundredfiftyninth (p259) – held-out credential corpus\n")
    firms = "; ".join("*%s* (%s: %s)" % (FIRMS[k][0], bt(FIRMS[k][1]), FIRMS[k][2]) for k in FIRMS)
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**saddlers, leatherworkers and tack shops** and the developers and staff who build and run their software. The world: "
      + firms + ". People: " + ", ".join(PEOPLE) + ". Private hosts sit in " + ", ".join(NETS) + ". Secrets sit where such "
      "people put them: device files (ESPHome and Home Assistant secrets on the tack-room and yard sensors, a systemd unit of the "
      "laser job queue, MicroPython on the stitch counter, Node-RED on the yard gateway, PowerShell on the embroidery PC), app "
      "and back-office files (Laravel, Rails credentials, Phoenix, ASP.NET Core, web.config, Rust and Streamlit TOML, Expo, "
      "Flutter, Android local.properties, Swift, Dolibarr, fish), ops files (Compose, Dockerfile, docker inspect, Nomad, "
      "Serverless, CloudFormation, fly.toml, netlify.toml, Jenkinsfile, CircleCI, Azure Pipelines, Ansible group_vars, crontab, "
      "Argo CD) and the messy places (a WhatsApp group, a Slack export, Zendesk, a whiteboard photo, Google Keep, Evernote, a "
      "Sentry event, journalctl, a HAR file, a REST Client .http file); the vendors are the trade's own (the Society of Master "
      "Saddlers, BETA, Abbey England, Sedgwick, Tandy, Weaver, Albion, Bates, Horsemart, Folksy, Etsy, eBay, Amazon, Shopify, "
      "EPOS, payment, accounting, review, shipping, booking and address services, a laser cloud, embroidery software, NVRs) plus "
      "the commerce, messaging, AI, developer and ops services such developers use; the negatives come from the same world "
      "(parcel tracking numbers, tanning-chemical CAS numbers, vessel IMO numbers and LEIs, supplier IBANs and ABA routing "
      "numbers, horse microchips and UELNs, commit ids and ETags, bcrypt and yescrypt hashes, real RSA and P-256 public keys, "
      "public storefront ids, placeholders, masked values, secret references, Ansible Vault and Rails ciphertexts, RFC and AWS "
      "documentation examples, handbook prose, look-alikes of this corpus's own shapes, saddle serials, order and booking ids "
      "and genuine twins of four evasion disguises).\n")
    a("Everything is produced by `build.py` and its modules (`common259.py`, `world259.py`, `everyday259.py`, `vendor259.py`, "
      "`positional259.py`, `prose259.py`, `enc259.py`, `dec259.py`, `evasions259.py`, `negatives259.py`, `checks259.py`, "
      "`readme259.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (25901 "
      "everyday values, 25911 everyday pairing, 25902 vendor values, 25912 vendor styles, 25903 positional, 25904 prose, 25905 "
      "evasions, 25906 negatives, 25907 RSA keys), no clock, no network, no bytecode written. `python3 build.py [outdir]` "
      "generates everything twice in one process, compares the bytes of the three JSONL files and of this README, runs every "
      "check and %d mutation tests, and only then writes the files (on any failure it prints the errors, writes nothing and "
      "exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief259/`.\n" % len(info["mutations"]))

    # ------------------------------------------------------------------ independence
    a("## Independence\n")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. "
      "Exactly what was opened:\n")
    a("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredfiftyninth/`) was created with "
      "`mkdir -p` (in the same command that created the scratch directory) and written. It was listed with `ls` right after "
      "creating it (empty), with `ls -la` once after the deny-list was first frozen (its own files plus the `.` and `..` "
      "metadata lines; the parent's contents are not shown by that command) and again after the final build. Otherwise only "
      "its own files were created and edited (with the file tool, `sed -i` and small Python rewrite scripts), grepped, "
      "imported and run (`python3 -B` trials importing the modules, `python3 -B build.py --freeze`, trial builds written to "
      "`/tmp/scratch259/trial` and the final `python3 build.py`). Its parent was never listed, opened or searched, nothing "
      "else under `/work/main` was opened, listed, grepped or searched, and git was never run there.")
    a("- Project material: only the two READMEs in `/tmp/brief259/` (`README_twohundredfiftyfourth.md`, p254, knife "
      "sharpeners / cutlers / kitchen-equipment repair; `README_twohundredfiftysixth.md`, p256, bell-ringing guilds / bell "
      "foundries / clock-tower restorers). The directory was listed once with `ls -la`, the files sized with `wc -c`, read "
      "with `cat`, `sed -n` line ranges, `awk` line lengths and `cut`, searched with `grep -oi` loops for the tool, vendor, "
      "container, format and algorithm names planned here (and context greps for the few hits), and parsed by a trial "
      "extraction in the scratch directory and by the build's own `common259.extract_denylist`. They were used only to learn "
      "the file format and what is already covered.")
    a("- `/tmp`: no directory other than `/tmp/brief259/` and the scratch directory `/tmp/scratch259/` (a copy of the public "
      "gitleaks rule file, the trial deny-list extraction, a test-vector script for SipHash / MurmurHash3 / MOD 11,10 / HOTP, "
      "an encoder / decoder round-trip script and trial build outputs) was looked at.")
    a("- Tooling: `/work/.library/search/README.md` and `/work/.library/env/` were not opened; no package was installed and no "
      "registry was queried.")
    a("- Public material, read for shape only (no credential value copied; every value is generated): the gitleaks default "
      "rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch`, extracted with "
      "`git show`; the rule ids were listed and the regexes of about 65 rules printed by a small `tomllib` filter) and the "
      "Kingfisher rules (`mongodb/kingfisher`, `data/rules/`: the listing, and the pattern lines of about 45 files shown "
      "through `grep` / `sed` filters: klaviyo, omnisend, groq, replicate, uptimerobot, truenas, zapierwebhook, twilio, "
      "transferwise, gumroad, lemonsqueezy, snipcart, shipday, loyverse, statuscake, capsulecrm, onesignal, pagerdutyapikey, "
      "route4me, taxjar, storecove, rentman, planyo, pushbullet, telegrambottoken, slack, sentrytoken, zerotier, scalewaykey, "
      "storyblok, bugsnag, squareup, close, shortcut, wrike, shopify, airtable, notion, vercel, cloudflare, huggingface, "
      "anthropic); one search in the `pages` corpus for an ISO 7064 MOD 11,10 worked example (nothing usable came back). "
      "Betterleaks, CredSweeper and vendor documentation were not opened.\n")
    a("The deny-list (`common259.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix "
      "stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language pairs, "
      "which only makes the list stricter) and the names and name words of those pairs (%d). It is frozen in "
      "`brief_names.json`; when `/tmp/brief259/` exists the build re-extracts it and fails if it differs (this build: %s). "
      "Ideas the READMEs name only in prose (their avoided, set-aside, dropped and closest-relative lists of encodings, "
      "syntaxes, vendors and languages) were avoided by hand and are also checked against hand lists in `checks259.py`: "
      "%d idea tokens that no encoding name may contain, %d earlier tool tokens that no syntax name may contain, and %d "
      "language names and words (the p254 hand list plus the spares and loan-word names of both READMEs).\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         info["deny_note"], len(_checks().IDEA_HAND), len(_checks().TOOL_HAND), len(_checks().LANG_HAND)))

    # ------------------------------------------------------------------ files and counts
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(sec), len(sec), len({r["type"] for r in sec}), len({r["container"] for r in sec}), len(by["everyday"]),
         len(by["vendor"]), len(by["password"]), len(by["prose"]), len(by["prose"])))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × %d types |" % (
        len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}),
        len({r["encoding"] for r in eva}), len(evasions259.TYPES)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}),
                                                            len({r["class"] for r in neg})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, "
      "`language_codes` %d, `language_names` %d) |\n" % (len(deny["names"]), len(deny["syntaxes"]),
                                                        len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema: positives `id` (`p259-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with "
      "exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p259-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with "
      "`value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), `source` (`evasion`). Negatives "
      "(`p259-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines written with `ensure_ascii=False`.\n")
    wc = Counter(meta["where"].values())
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one record "
      "per type). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose %d in %d languages "
      "(spares written down and unused: %s). Evasions %d = 22 × 3. Negatives %d = %d classes × 2 base kinds × 6 "
      "presentations. Positives total %d (asked: 440–470). Strings drawn through the registry (values, generated vendor "
      "neighbours, evasion plains and runs): %d.\n"
      % (len(by["vendor"]), len(by["password"]), ", ".join("%s %d" % kv for kv in wc.most_common()), len(by["prose"]),
         len(by["prose"]), ", ".join("`%s` (%s)" % s for s in prose259.SPARES), len(eva), len(neg),
         len(negatives259.CLASSES), len(sec), meta["registry"]))

    # ------------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or "
      "protocol element, never the quotes, the key or the flag (for `-U user%SECRET`, `-u user,SECRET`, `--src-creds "
      "user:SECRET`, `--basic-auth \"user:SECRET\"`, `login=user:SECRET`, `user=name:SECRET`, `users feed:CL:SECRET`, "
      "`user|host:SECRET` and the Go MySQL DSN only the part after the separator; for `mpc -h SECRET@host` only the part "
      "before `@`; for `-uSECRET` and `-pSECRET` only what follows the letter; for the Dovecot line only what follows "
      "`{PLAIN}`; for the MQTT bytes literal only the text after the two length bytes; for the fixed-width roster only the "
      "value, not its padding). Values pasted where they do not belong (WhatsApp, Slack, Zendesk, a whiteboard photo, Google "
      "Keep, Evernote, Sentry, journalctl, a HAR file, shell and PowerShell history, fish history, a KeePass or LastPass "
      "export, an mbox e-mail, `aws ssm put-parameter`, `fly secrets set`, `netlify env:set`, `firebase functions:config:set`, "
      "`eb setenv`, `az webapp config appsettings set`, `gcloud run deploy --set-env-vars`, `chamber write`, `dokku "
      "config:set`, `cloudflared service install`) are labelled. The Slack and Zapier webhook URLs are labelled whole (the URL "
      "is the secret); the App Store Connect key is labelled from `-----BEGIN PRIVATE KEY-----` to `-----END PRIVATE "
      "KEY-----` with its JSON `\\n` escapes.")
    a("- Owner-chosen passwords are a word of this world (%d words, letters only: %s …) + a joiner + a tail people use "
      "(2–3 letters and 2–4 digits, 2–4 digits and 1–2 letters, or a year), capitalised with probability 0.4 in everyday and "
      "vendor values and 0.3 elsewhere. Everyday and vendor passwords use the joiners `- _ . +` and are checked against "
      "`^[A-Za-z][a-z]{3,}[-_.+](?:[a-z]{2,3}[0-9]{2,4}|[0-9]{2,4}[a-z]{1,2}|(?:19|20)[0-9]{2})$`; positional, prose and "
      "evasion passwords use only `- _ .` (the strict form). A value is redrawn when it holds a character its container would "
      "have to escape (each kind and style lists them: quotes, `\\`, `$` where shells, Compose, HCL, Dart, Kotlin or Jenkins "
      "interpolate, `%%` in systemd, cron and Nomad, `#` in Elixir and dotenv, `{}` in the REST Client file and Ansible, "
      "`&<>` in XML, `,` in `--set-env-vars` and CSV, spaces where the value is bare)." % (len(WORDS), ", ".join(WORDS[:24])))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, generated vendor neighbours, evasion plains and runs are drawn "
      "through one registry that refuses repeats and any string in a 6+ character substring relation with an earlier one. A "
      "negative is redrawn if it contains any registered string of 6+ characters, a world word + joiner + tail (the password "
      "form, any case, joiners `- _ . + !`), any JWT-shaped string or a non-v4 UUID, or repeats an earlier negative.")
    a("- Structured values are valid and checked: `stx_` tokens end in the real SipHash-2-4 (key 00 01 … 0f) of their "
      "26-character body (asserted on the SipHash paper's vector: 15 bytes 00…0e → a129ca6149be45e5, and the empty message "
      "→ 726fdb47dd0e0e31); `sfk-` keys end in the real MurmurHash3 x86_32 (seed 0) of their body (asserted on the published "
      "vectors `\"\"`/seed 1 → 514E28B7, `21 43 65 87` → F55B516B, \"Hello, world!\" and \"The quick brown fox …\" with seed "
      "9747B28C → 24884CBA and 2FA826CD); `SFL-` licences end in the real ISO 7064 MOD 11,10 digit (asserted on the Croatian "
      "OIB example 69435151530); fitting-records tokens are real PS256 JWTs (RSASSA-PSS, SHA-256, MGF1-SHA-256, 32-byte salt, "
      "written out in `common259` with a 2048-bit RSA key from Miller–Rabin primes) and every token is verified against the "
      "public key that the JWKS negatives publish; Laravel keys decode to exactly 32 bytes; TOTP seeds are RFC 4648 Base32 "
      "of exactly 20 bytes (the HOTP / TOTP code is asserted on RFC 4226 counter 0 → 755224 and RFC 6238 T = 59 → 94287082). "
      "Vendor frames: the App Store Connect key is a real PKCS#8 P-256 key whose DER is parsed back and whose public point is "
      "recomputed (the curve constants are asserted: G on the curve, n·G = O); the Home Assistant token is a real HS256 JWT; "
      "the Cloudflare tunnel token, the 1Password service-account token and the Intercom token are Base64 of real JSON / text "
      "frames; every other vendor value is checked against a regular expression built from the same spec that generated it. "
      "Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring has base64url JSON header and "
      "payload, a known `alg` and a signature length that fits it (checked); negatives contain no JWT-shaped string. "
      "Negatives: UPU S10 (asserted on AA473124829GB), CAS (7732-18-5), IMO (9074729), ABA (011000015), IBAN (GB82 WEST 1234 "
      "5698 7654 32) and LEI (5493001KJTIIGC8Y1R12) checks are real; RSA JWKs, "
      "`ssh-rsa` and `ecdsa-sha2-nistp256` keys are real public keys in their real formats; digests are real digests of "
      "random bytes; bcrypt, yescrypt, Ansible Vault and Rails ciphertexts are random in frame.")
    a("- Public neighbours are unlabelled: user names, hosts, key names and the ids written next to a vendor secret (%s), "
      "and the user half of a user / password pair." % "; ".join("%s: %s" % (v[0], v[4]) for v in vendor259.VENDORS if v[4]))
    a("- Key names follow the container's own case style (upper, snake, camel, pascal, kebab, dot for Android properties, "
      "`vendor.rest` for Firebase config, Train-Case `X-…` for HTTP headers, title for the whiteboard OCR, KeePass and "
      "LastPass titles, spaced for chats, notes, tickets and e-mails). Everyday key names are the type's words without the "
      "check-algorithm word (`STOCK_FEED_KEY`, not `…_MURMUR3_KEY`); vendor key names are the full type name in the style's "
      "case, except the App Store Connect JSON, which keeps its own `key` field.\n")

    # ------------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t), d) for t, _, d in everyday259.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s; %s)" % (bt(k), st, d) for k, st, d, _, _ in
                                                                  everyday259.KINDS)
      + ". Pairing (seed 25911): the 45 kinds form 15 blocks of three; each block deals its own seeded permutation of the "
        "12 types, four to each kind, so every kind holds four different types and every type sits in exactly 15 records "
        "(checked); secrets therefore also land in implausible places (a PS256 JWT on a whiteboard, a TOTP seed in "
        "appsettings.json).\n")
    a("Vendor (%d types, container `<type>__<style>`; shape, then where the shape comes from – *read* this session in the "
      "public gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published "
      "shape so the type is recognisable only from the key name, *owner-chosen* for portal and device passwords – then the "
      "neighbour and the style):\n" % len(vendor259.VENDORS))
    for g, title in GROUP_TITLES:
        items = [v for v in vendor259.VENDORS if v[1] == g]
        parts = []
        for t, _, spec, src, nl, _, _ in items:
            s = "%s (%s – %s" % (bt(t), vendor259.spec_desc(spec), src)
            if nl:
                s += " – next to it: " + nl
            s += " – in %s)" % bt(meta["vendor_style"][t])
            parts.append(s)
        a("*%s* (%d): %s.\n" % (title, len(items), "; ".join(parts)))
    sc = Counter(meta["vendor_style"].values())
    a("Vendor styles (%d; every type lists the families of style typical of where its key lives – server-side, dev, "
      "owner-chosen password, chat, IoT, mobile, tunnel – and takes the least-used fitting style, ties broken by a seeded "
      "shuffle, seed 25912): %s.\n" % (len(vendor259.STYLES), "; ".join(
          "%s (%s, %s, %d)" % (bt(s), vendor259.STYLES[s][0], vendor259.STYLES[s][2], sc.get(s, 0))
          for s in vendor259.STYLES)))
    a("Positional passwords (%d syntaxes, span type `sdpw_<syntax>`, container `<syntax>__<where>` with where = %s): %s. "
      "None of them is among the syntaxes or names of either README (compared after removing the prefix; checked), none "
      "contains a hand-listed token of an earlier tool (checked), and no positional text contains `pass`, `pwd` or `secret` in "
      "any case (checked), so tools, flags and keywords whose own name says it were left out; field ids in UI scripts are "
      "neutral (`f1` / `f2`).\n" % (len(positional259.SYN), ", ".join("%s `%s`" % kv for kv in positional259.WHERE.items()),
                                    "; ".join("%s (%s, %s)" % (bt("sdpw_" + n), w, f) for n, w, f, _ in positional259.SYN)))
    a("Prose: someone tells a colleague the password of the cutting-room PC and asks them to keep it to themselves; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (%d): %s. Spares written down and unused: %s. "
      "None of them or the spares is among the languages of either README or on the hand list (checked: code against the "
      "codes, all deny-listed names and the hand list; name and every name word against the language names and the hand "
      "list). Scripts: %s. Every value is set off by whitespace on both sides (checked).\n"
      % (prose259.TYPE, ", ".join(bt(f) for f in prose259.FORMATS), len(prose259.LANGS),
         ", ".join("`%s` (%s)" % (c, n) for c, n, _, _ in prose259.LANGS), ", ".join("`%s` (%s)" % s for s in prose259.SPARES),
         ", ".join(sorted({s for _, _, s, _ in prose259.LANGS}))))

    # ------------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (bt(e), evasions259.RULES[e]) for e in enc259.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (evasions259.FAMILIES[e], bt(e)) for e in enc259.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (bt(t), d) for t, _, d in evasions259.TYPES) + "; wordings: "
      + ", ".join(bt(w) for w in evasions259.WORDING_NAMES) + " (container `<encoding>__<wording>`; encoding *i* and type "
      "*j* take wording (*i* + 2*j*) mod 3, so each encoding appears once per type and once per wording). Each text states "
      "the rule in words, then `:` and a newline, then the run on its own line, then a one-line remark (checked). Plains use "
      "`[A-Za-z0-9._-]` (character codes 45–122); a plain is redrawn if it would appear inside its own run, if the run "
      "equals it, has outer whitespace or a newline, or if the registry refuses plain or run.\n")
    a("Encoders are in `enc259.enc` (the rng adds only what the decoder does not need or reads back unchanged: the circle "
      "size among the sizes that leave the right rider, the Lehmer digits of the letter row, the extra tracks and pipes, "
      "the magic-square parameters and blank cell, the girth and length among the pairs that round to the code, the fences, "
      "the coprime cofactors, the task names and durations, the knapsack items, the cubic's coefficients, the Huffman "
      "counts, the booking overlaps, the arrivals, the walkers, the bucket sizes, the survey regions, the run around the "
      "best run, the sand outside the walls, the snail's speeds). The encoder asserts published answers of the classic "
      "puzzles it builds on: Josephus with 7 people counting 3 → 4 and 41 counting 3 → 31, bridge and torch 1, 2, 5, 10 → "
      "17 minutes, the trapping-rain-water example 0,1,0,2,1,0,1,3,2,1,2,1 → 6, the maximum-subarray example −2,1,−3,4,−1,2,"
      "1,−5,4 → 6, and the CLRS Huffman example 5, 9, 12, 13, 16, 45 → 224. The decoder `dec259.decode` gets only the "
      "encoding name and the run, imports nothing from the encoder or `common259` (only `re`, `math`, `itertools` and "
      "`fractions`) and computes every answer another way: the Josephus circle by deleting riders from a list instead of "
      "the recurrence, inversions by all pairs instead of Lehmer digits, shortest rides by Bellman–Ford relaxation instead "
      "of Dijkstra, the magic total from a complete row, exact Fractions for the weigh tape, grid routes by memoised "
      "backward recursion instead of the forward table, Stein's binary GCD, critical paths by memoised recursion, the "
      "knapsack by trying all subsets instead of the table, the difference table for the cubic, Huffman by re-sorting a "
      "list instead of a heap, interval union by covering minutes, the queue by sorting arrivals, bridge and torch by "
      "search over crossing states instead of the closed formula, the pouring log by simulation, inclusion–exclusion, "
      "Prim instead of building the tree, two-pointer rain water instead of prefix maxima, the best run by prefix sums "
      "instead of Kadane, and the snail day by day. Every pair was round-tripped on 120 random `[A-Za-z0-9._-]` plains of "
      "length 2–29 per encoding (40 for the pouring logs) while writing (0 failures); at build time every span is decoded "
      "back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README as an encoding or in its avoided / set-aside / relative lists): every "
      "encoding of both READMEs and every item of their avoided lists – numeral bases and Base-N text encodings, escapes, "
      "UTF tricks, hex dumps, classical, keyword, Hill and book ciphers, XOR, RC4, AES, ChaCha20, XTEA and other block "
      "ciphers, Morse, Braille, spelling alphabets, numeral scripts, number words, look-alikes, zero-width and combining "
      "characters, keycaps, Unicode names, HTML entities, code expressions, reorderings, shuffles, chaff and decoys, "
      "arithmetic disguises (powers, primes, squares, triangular numbers, π offsets, Cantor, Morton, Ulam, Hilbert, residues, "
      "delta coding, continued fractions, midpoints, reciprocals, Egyptian fractions, modular inverses and discrete powers), "
      "bit disguises (Gray, BCD, Zeckendorf, factoradic, combinadics, Elias gamma, 4B5B, Manchester, Hamming, varints, IEEE "
      "754, μ-law), DNA, dice, cards, tarot, chess and Chess960, queens, Tower of Hanoi, bowling, change ringing, Prüfer "
      "codes, de Bruijn tracks, Catalan brackets, set partitions, Berggren triples, Wythoff pairs, look-and-say, cellular "
      "automata, elliptic-curve multiples, LWE, Reed–Solomon, Walsh–Hadamard, DCT, quadratics, determinants, simultaneous "
      "equations, lattice triangles, variances, #SAT, rolling hashes, NEC infrared, DTMF, semaphore, barcodes, seven-segment "
      "and pixel fonts, keyboards, compass points, clocks and calendars, colours, resistor colours, element symbols, "
      "constellations, errno and syscall tables, GM instrument names, the pitch, pendulum, PT100, Ohm's-law, Fahrenheit, DMX, "
      "servo, seat and PLU world disguises, acrostics and word-length or capitalisation steganography. Also set aside here: "
      "horse heights in hands, pre-decimal £sd and imperial stones / pounds (mixed radices), darts, snooker breaks, Scrabble "
      "scores and league points (coin change in disguise), Roman and gematria letters (numeral scripts), Enigma and Playfair "
      "(classical), an LFSR and a linear congruential generator (discrete powers again), IPv6 prefix lengths and chmod "
      "strings (bit counts), the Game of Life and Langton's ant (cellular automata / state after n moves), a second block "
      "cipher (Speck), a TSP tour, a maximum flow and a min-sum grid path (a third and fourth graph optimisation), and "
      "mark–recapture, speed, VAT and lever puzzles (ratios, next to Ohm's law). Closest relatives that remain, which a scorer "
      "may count as the same idea: the knapsack, bridge-and-torch, shortest-path, spanning-tree and critical-path puzzles "
      "are all small optimisation problems solved by hand (different algorithms, but one family of 'solve the puzzle'); the "
      "grid-route count and the inversion count are counts next to the earlier model counting; the cubic's fifth term is "
      "read off a difference table, a relative of the avoided delta coding; the Venn total, the interval union, the queue, "
      "the best run and the snail are arithmetic on small numbers next to the avoided arithmetic expressions; the cosine "
      "table is a transcendental function per character next to the earlier logarithm and pitch disguises; the weigh-tape "
      "formula is a world disguise with a product law, next to the earlier sensor, Ohm's-law and pendulum readings; the GCD "
      "is Euclid's algorithm, which the earlier continued fraction also used (there for quotients, here for the common "
      "factor).\n")

    # ------------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    nc = Counter(r["class"] for r in neg)
    for cname, desc, kinds in negatives259.CLASSES:
        a("| %s | %d | %s | %s |" % (bt(cname), nc[cname], ", ".join(bt(k) for k, _ in kinds), desc))
    a("")
    a("Each base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add WhatsApp, Zendesk, "
      "Notion, Slack and Trello context whose words say the content is public or holds no logins, without adding a value.\n"
      % ", ".join(bt(w[0]) for w in negatives259.WRAPPERS if w[0]))

    # ------------------------------------------------------------------ checks
    a("## Checks run by build.py\n")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief259/` exists it is re-extracted and must be identical (%s). "
      "Every everyday type and kind, vendor type and style, where-label, prose type and format, evasion encoding, wording and "
      "type, negative class, base kind and wrapper, and every container, span type, encoding and class actually used in the "
      "records, is compared lower-cased, as a whole and split at `__`, against the names; every positional syntax (from the "
      "module and from each record's type with `sdpw_` stripped) against the earlier syntaxes, all names and the hand list "
      "of earlier tool tokens; every encoding name against the hand list of earlier idea tokens; every prose language code "
      "(and spare) against the codes, all names and the hand list, its name and name words against the language names and "
      "the hand list." % info["deny_note"])
    a("- Ids `p259-s-NNNN`, `p259-e-NNNN`, `p259-n-NNNN`, consecutive; exact record and span field sets (in order); exactly "
      "one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once "
      "in its text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the record's; no "
      "placement marker left in any text; sources as specified.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 110–130 distinct types with containers "
      "`<type>__<style>`, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, evasions 66 = "
      "22 encodings × 3 types (each encoding in three wordings), negatives ≥ 200 in ≥ 20 classes with ≥ 10 each, no repeated "
      "negative text, span types of the sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, PS256 header, claim keys and RSA-PSS signature verified against "
      "the published public key, Laravel Base64 length, SipHash-2-4 tail, MurmurHash3 tail, MOD 11,10 digit, TOTP Base32 "
      "alphabet and 20-byte length); vendor values against the regex built from each spec or their frame validator (PKCS#8 "
      "P-256 structure and public point, HS256 frame and claims, Base64 JSON keys, `tok:` frame, owner-chosen password "
      "regex); positional and prose values in the strict password form; no `pass` / `pwd` / `secret` in positional texts; "
      "prose values set off by whitespace; evasion plains by type; evasion layout (rule text present before the run, `:` "
      "newline, run line, one remark line).")
    a("- Container syntax: the texts of the JSON, XML and TOML containers (%s) parse as a whole with `json`, "
      "`xml.etree` and `tomllib`." % ", ".join(bt(k) for k in sorted(_checks().PARSE)))
    a("- Every evasion run decodes with `dec259.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any text; no "
      "negative contains a world-word password form or a JWT-shaped string; every UUID-shaped substring of every text is "
      "version 4; every JWT-shaped substring is a valid JWT.")
    a("- Determinism: everything (RSA keys included) is generated twice in one process; the three JSONL files and this README "
      "must be byte-identical, and the JSONL bytes must parse back to the same records.\n")
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. "
      "Clean run errors: %d.\n" % (len(info["mutations"]), sum(c for _, c in info["mutations"]), len(info["mutations"]),
                                   ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in info["mutations"]),
                                   info["clean_errors"]))

    # ------------------------------------------------------------------ guesses
    a("## Shapes you had to guess\n")
    reads = [v for v in vendor259.VENDORS if v[3] == "read"]
    a("*Read this session* in the public gitleaks rule file or the Kingfisher rule files; nothing copied; every value "
      "generated; where a rule gives only a prefix, a class or a length range, the exact length and case are mine (%d): %s.\n"
      % (len(reads), "; ".join("%s (%s; %s)" % (bt(v[0]), vendor259.spec_desc(v[2]), vendor259.READ_FROM[v[0]]) for v in reads)))
    bel = [v for v in vendor259.VENDORS if v[3] == "believed"]
    a("*Believed from memory* of public rule sets and vendor documentation, not re-checked this session (%d): %s.\n"
      % (len(bel), "; ".join("%s (%s)" % (bt(v[0]), vendor259.spec_desc(v[2])) for v in bel)))
    gus = [v for v in vendor259.VENDORS if v[3] == "guessed"]
    a("*Guessed* (length and alphabet only; the builder knows no published format, so these are recognisable from the key "
      "name only) (%d): %s.\n" % (len(gus), "; ".join("%s (%s)" % (bt(v[0]), vendor259.spec_desc(v[2])) for v in gus)))
    own = [v for v in vendor259.VENDORS if v[3] == "owner-chosen"]
    a("*Owner-chosen passwords* (a portal or device login the owner picked) (%d): %s.\n"
      % (len(own), ", ".join(bt(v[0]) for v in own)))
    a("Also invented or partly guessed: the everyday layouts `stx_` (SipHash-2-4), `sfk-` (MurmurHash3) and `SFL-` (MOD 11,10) "
      "and the evasion prefixes `stch-` / `bfd_` are invented; the PS256 JWT, the Laravel `APP_KEY` and the TOTP seed are real "
      "formats used for invented purposes. Partly known vendor shapes: the Etsy shared-secret length (the keystring length is "
      "read), the eBay Cert ID and App ID layouts, the Amazon LWA `amzn1.oa2-cs.v1.` prefix and length, the SumUp `sup_sk_` "
      "prefix, the Dojo `sk_prod_` prefix, the Ecwid `secret_` prefix, the Ideal Postcodes `ak_` prefix, the Loqate 4 × 4 "
      "groups, the Pushover `a` / `u` starts, the Gotify `A` start, the LangSmith `lsv2_pt_` split, the Pinecone `pcsk_` "
      "split, the Voyage `pa-` prefix, the CircleCI `CCIPAT_` split, the Backblaze `K005` / `005` layouts, the Firebase "
      "server-key layout, the Contentful `CFPAT-` prefix, the LaunchDarkly `sdk-` prefix, the PostHog `phx_` prefix, the "
      "Resend `re_` split, the MailerSend `mlsn.` prefix, the Bitbucket `ATBB` prefix, the Portainer `ptr_` prefix, the "
      "InfluxDB length, the Home Assistant claims, the Cloudflare tunnel JSON keys, the 1Password JSON keys, the Intercom "
      "`tok:` frame. All positional syntaxes are written from memory and not re-checked against manuals; least sure: "
      "`dislocker -u` glued, `doveadm auth test` positions, `mpc -h password@host`, the irssi `/connect` positions, `ngrok "
      "--basic-auth`, `racadm -p`, `certutil -p … -importpfx`, CryFS reading stdin with `CRYFS_FRONTEND=noninteractive`, "
      "`kinit` reading a pipe, the argument orders of `InfluxDBClient`, `SMBConnection`, `pymssql.connect`, `Confluence`, "
      "`execute_kw`, `PG.connect` (seventh = value), `LogonUserW`, `DBInterface.connect`, `ADODB.Connection.Open`, "
      "`AuthMethod::sql_server`, Exposed `Database.connect`, iText 5 `PdfReader`, `$ua->credentials`, the Power Automate "
      "Desktop action syntax, the iMacros `TAG` line, the espanso match file, the tinyproxy `BasicAuth`, 3proxy `users "
      "…:CL:…`, proxychains, squid `login=`, coturn `user=`, DragonFly Mail Agent `auth.conf` layouts, the Oracle database-"
      "link quoting, `OPENROWSET` with the `'server'; 'user'; 'value'` form, the Quectel `AT+QICSGP` and ESP-AT `AT+CWJAP` "
      "parameter orders, the Wireshark LDAP `simple:` line and the JAX-WS default `arg0` / `arg1` element names. Negatives: "
      "bcrypt, yescrypt, Ansible Vault and Rails ciphertext bodies are random in frame; the reCAPTCHA site-key, Algolia, "
      "Storefront and Firebase key lengths are approximate; CAS numbers are random with real check digits, not the real "
      "numbers of the named products.\n")

    # ------------------------------------------------------------------ judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (fitting-van tablets, laser-cutter PC, EPOS manager, CNC stitcher HMI, "
      "saddle-room climate gateway, embroidery PC) and six generated secrets (`stx_` SipHash-2-4 token, `sfk-` MurmurHash3 "
      "key, `SFL-` MOD 11,10 licence, PS256 JWT, Laravel `APP_KEY`, TOTP seed). The check algorithms (SipHash-2-4, "
      "MurmurHash3, ISO 7064 MOD 11,10 hybrid, RSASSA-PSS) differ from those of both READMEs (CRC-16/24/32/64, Fletcher, "
      "Adler-32, FNV-1a, Internet checksum, Damm, Verhoeff, Luhn mod 36, ISO 7064 MOD 11-2 / MOD 37,36 / MOD 1271-36, "
      "Base58Check, Bech32, RSA PKCS#1 v1.5, ES256 / ES384 / ES512, EdDSA, HS256 / HS384 / HS512); SipHash and MurmurHash3 "
      "are non-cryptographic or keyed hashes used as checksums, which a scorer may count as the same family as FNV-1a, and "
      "MOD 11,10 is a sibling of the earlier ISO 7064 systems. Key names in everyday files say password / key / token / jwt / "
      "seed / licence – that is how such files look; the key-name-free cases are in the positional source. The TOTP seed and "
      "the Laravel key have no vendor prefix: only the key name and the Base32 / `base64:` look tell them apart.")
    a("- Vendor: many trade vendors (Weaver, Horsemart, Albion, Folksy, Zettle, Dojo, Epos Now, Lightspeed, Xero, Feefo, "
      "Reviews.io, Parcel2Go, Evri, SimplyBook.me, Setmore, Clearpay, getAddress.io, Trotec, Healthchecks.io, Upstash, "
      "Infisical, Expo) publish no token format the builder knows, so their types are recognisable only from the key name "
      "(part of the test); 12 vendor types carry owner-chosen passwords. Same-shape traps: the PS256 tokens against the real "
      "JWKS that publishes their public key; the `stx_` / `sfk-` / `SFL-` values against public part labels and certificate "
      "numbers that use the same SipHash and MOD 11,10 checks (valid) and against rejected fixtures (invalid); the Gemini "
      "`AIzaSy` key against the Firebase app key in `google-services.json`; the Algolia admin key against the Algolia "
      "search-only key; the Shopify `shpat_` token against the public Storefront token; UUIDv4 secrets (Wise, Squarespace, "
      "Evri, Snyk, OneSignal, Scaleway, Proxmox, NetBird) against UUIDv4 order and booking ids; hex secrets against commit "
      "ids and ETags; the RFC 6749 example `client_secret` and the AWS example pair in the documentation negatives. Ids next "
      "to a secret stay unlabelled as the public half of a pair – arguable for the AWS access key id (`AKIA…`), the Etsy "
      "keystring, the Shopify app API key, the ShipStation API key, the Epos Now API key, the Braintree public key and the "
      "Backblaze key id, which some detectors and some owners treat as sensitive on their own.")
    a("- Passwords: labelled when the value logs in (SMB, AD join, net use, PsExec, RDP, scheduled tasks, SFTP, registries, "
      "Neo4j, MongoDB, IMAP, LDAP, HTTP basic auth in several languages, SQL Server, MySQL, PostgreSQL, Oracle, Odoo, "
      "Confluence, telnet, MPD, IRC, BMCs), creates an account (RabbitMQ, `net user /add`, MySQL `CREATE USER`, ActiveMQ, "
      "Dovecot, coturn, tinyproxy, 3proxy), unlocks or encrypts (ssh-keygen, aescrypt, steghide, dislocker, CryFS, PDFs, a "
      "PFX, an Excel sheet, sjcl, the hashing calls that seed a kiosk user: scrypt, PBKDF2, `Hash::make`, pgcrypto `crypt`), "
      "sits in a file by position (crontab, proxychains, squid, dma, three invented files) or is typed by automation "
      "(neutral field ids `f1` / `f2`). Weakest kept cases, with a hint nearby: the Expect script's `assword:` prompt, the "
      "`rclone obscure` input (a value for rclone.conf), the hashing calls (the value becomes a hash), the Wi-Fi passphrase of "
      "`wlan.connect` and `AT+CWJAP`, the APN credential of `AT+QICSGP`, `--basic-auth` and `BasicAuth` (the word auth). "
      "Closest relatives of earlier syntaxes, kept because the tool, language or mechanism differs: `smbclient -U user%…` "
      "and `net ads join -U user%…` (the Samba percent pair; p256 had `pdbedit`), curl, lftp, skopeo, ngrok, squid, coturn "
      "and the Go DSN colon pairs next to the earlier `lynx -auth`, `ncat --proxy-auth` and URL userinfo; `mongosh -u/-p`, "
      "`cypher-shell -u/-p` and `racadm -u/-p` next to the earlier `-u`/`-p` pairs; the IMAP logins (imaplib and a socat "
      "here-document) next to the earlier POP3 / SMTP logins; `tmux send-keys` next to the earlier `screen -X stuff`; "
      "DuckyScript next to the earlier QMK `SEND_STRING`; `Detox replaceText`, `enterText`, `addValue`, `fillField`, `fill_in`, "
      "`send_keys`, `page.fill`, `page.type` next to the earlier Cypress, TestCafe, Taiko and Testing Library calls; the "
      "Oracle database link and SQL*Plus `CONNECT` next to each other; `NetworkCredential` next to the earlier Windows "
      "logon calls; `LogonUserW` next to the earlier `CreateProcessWithLogonW`. Left out: tools and flags whose name says it "
      "(`--password`, `/pass:`, `-passin`, `passwd`, `chpasswd`, `htpasswd`, `wpa_passphrase`, `sshpass`, `.netrc`, "
      "`.pgpass`), AutoIt `ControlSetText` (AutoIt was used earlier for `RunAs`), `snmpget -A` (net-snmp was used twice "
      "earlier), MySQL `SHA2()` (next to the earlier `AES_ENCRYPT`), Cassandra, Neo4j `AuthTokens.basic` (cypher-shell is "
      "here), Perl DBI and bcryptjs (more of the same), OrientDB and an Odoo JSON-RPC capture (one Odoo call is enough).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "Ukrainian, Bulgarian, Slovak, Slovenian, Croatian, Romanian, Vietnamese, Irish, Welsh, Norwegian Bokmål, Tok Pisin; "
      "modest for Belarusian, Macedonian, Latvian, Albanian, Azerbaijani, Persian, Urdu, Bengali, Nepali, Maltese, Western "
      "Frisian, Papiamento, Somali, Shona, Chichewa; low for Georgian, Kyrgyz, Turkmen, Uyghur, Punjabi, Telugu, Khmer, "
      "Amharic, Oromo, Igbo, Southern Sotho, Tswana, Ganda, Tongan (word choice, loans, diacritics and word order "
      "unchecked). Loan words (password / paswod / pasiwedi / phasewete forms) are kept as people use them. `npi` is Nepali "
      "(individual code), `pes` Iranian Persian, `sqi` the Albanian macrolanguage, `aze` Azerbaijani (macrolanguage), "
      "`orm` Oromo (macrolanguage), `nob` Norwegian Bokmål. Persian, Urdu and Uyghur are right-to-left with the Latin value "
      "embedded; the Persian and Telugu sentences contain a zero-width non-joiner inside a word, as typing produces, never "
      "next to the value; Azerbaijani, Kyrgyz, Turkmen, Uyghur and Telugu introduce the value after a colon so that no "
      "suffix has to be glued to it.")
    a("- Evasions: the puzzles read like newsletter and pony-club puzzle pages and genuine magic squares, counting-out and "
      "snail puzzles and weigh-tape logs sit in the negatives, carrying nothing; the letter rows, grids, number lines and "
      "bucket logs are long (hundreds to a few thousand characters) and an entropy detector may flag some of them; the "
      "cosine table looks like a data dump. The password evasion type uses only `- _ .` joiners so that every encoding can "
      "carry it.")
    a("- Negatives: S10, CAS, IMO, LEI, IBAN and ABA numbers are identifiers with real check digits; microchips and UELNs are "
      "public horse ids; commit ids and ETags are digests; bcrypt and yescrypt strings are one-way hashes (one set in a "
      "column called `hash_col` of a users table); the JWKS, `ssh-rsa` and `ecdsa-sha2-nistp256` keys are public keys; the "
      "Algolia search-only key, Storefront token, reCAPTCHA site key, Sentry DSN and Firebase app key are public by design; "
      "the RFC 6749 example client secret and tokens, the RFC 6238 seed and AWS's example pair are published documentation "
      "examples (copied on purpose, they are not credentials of anyone); the `.env.example` and Compose template use this "
      "corpus's own key names with placeholder values (a trap for key-name-only detectors); masked previews keep at most "
      "four characters; SSM paths and ARNs, `op://`, CloudFormation `resolve`, vault paths and fly secret digests are "
      "pointers; Ansible Vault bodies and Rails `credentials.yml.enc` are ciphertext whose key is elsewhere. The most "
      "arguable classes are `own_prefix_checksum_rejects` (this corpus's own shapes with deliberately wrong checks, in tests "
      "and reject logs) and `own_layout_public_serials` (public labels that share the positives' SipHash and MOD 11,10 "
      "checks and are valid): a shape-only detector will flag both; the texts say what they are. Random fillers are "
      "generated, so an entropy-only detector will hit them – that is the point.\n")

    # ------------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief259/` (p254 and p256), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch259/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, fetched into its own mirror directory with the search "
      "tool and extracted with `git show`) and the public Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`, "
      "fetched the same way and read through `grep` / `sed` filters), for the rules behind every vendor type marked *read* "
      "above; one `pages` search for an ISO 7064 MOD 11,10 example (not used). The remaining shapes, every positional "
      "syntax, every prose sentence and every puzzle rule come from the builder's memory and are marked as believed or "
      "guessed where it matters; the published test vectors used in asserts (SipHash, MurmurHash3, the OIB example, RFC "
      "4226 / 6238, S10, CAS, IMO, ABA, IBAN, LEI, the classic Josephus, bridge-and-torch, rain-water, "
      "maximum-subarray and CLRS Huffman answers) are likewise from memory and each passes its assert.")
    a("- Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `re`, `math`, `fractions`, `itertools`, `heapq`, "
      "`struct`) computes the digests, HMACs, encodings and exact arithmetic; SipHash-2-4, MurmurHash3, MOD 11,10, RSA key "
      "generation and RSASSA-PSS, P-256, DER, the S10 / CAS / IMO / ABA / IBAN / LEI checks, every encoder and "
      "every decoder are written by hand.")
    return "\n".join(L) + "\n"


def _checks():
    import checks259
    return checks259
