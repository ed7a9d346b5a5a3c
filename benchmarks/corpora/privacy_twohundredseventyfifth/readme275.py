"""Renders the README of p275 from the modules and the build statistics."""
import collections

import deny275
import enc275
import everyday275 as E
import evasions275 as EV
import negatives275 as N
import positional275 as P
import prose275 as PR
import vendor275 as V
import world275 as W

GITLEAKS = "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b"
KINGFISHER = "ee7c0db3ef87575768f817820c24736249ffcdef"

FAMILIES = {
    "reversi_flanked_disc_turnovers": "Reversi / Othello flanking captures, discs turned over summed over a game",
    "fives_and_threes_domino_count": "the British pub dominoes game fives and threes (end counts scoring a fifth and a third)",
    "gin_rummy_meld_deadwood": "gin rummy melding for the least deadwood",
    "quartet_feature_trio_labels": "the card game Set (a trio all-same or all-different in each of four features)",
    "dotgrid_line_captured_cells": "dots and boxes with the extra turn after a completed box",
    "solitaire_board_jumped_holes": "English peg solitaire jumps on the numbered 33-hole board",
    "sextet_sudoku_starred_cells": "6x6 sudoku (Latin square with 2x3 blocks) solved, marked cells summed",
    "logic_grid_lorry_tonnage": "logic-grid (Einstein / zebra) puzzles with a unique matching",
    "baseball_halfinning_home_crossings": "baseball base-running: hits, forced walks, outs and runs",
    "duel_striker_remaining_vigour": "a turn-based duel (attack minus defence, at least 1)",
    "comparator_network_final_slot": "a sorting network of compare-exchange steps",
    "rightdown_lattice_trek_count": "counting monotone lattice paths past blocked corners",
    "bridge_torch_crossing_minutes": "the bridge-and-torch crossing problem",
    "azul_wall_adjacency_score": "Azul wall-tiling adjacency scoring",
    "diving_panel_trimmed_difficulty": "diving judging: drop the extreme scores, times the degree of difficulty",
    "craps_comeout_roll_sum": "craps pass-line come-out and point rolls",
    "firstfit_arena_granted_offset": "first-fit memory allocation with coalescing frees",
    "ship_captain_crew_cargo": "the dice game ship, captain and crew",
    "mutual_acquaintance_trio_count": "counting triangles in an acquaintance graph",
    "huffman_combine_codeword_bits": "the cost of a Huffman code (sum of the merged counts)",
    "left_right_centre_chip_holding": "left-right-centre chip passing round a circle",
    "carryover_skins_jackpot": "golf skins betting with carry-overs",
}
DECODER_WAY = {
    "reversi_flanked_disc_turnovers": "a dict board keyed by square names walked by letter arithmetic (the encoder uses a list grid)",
    "fives_and_threes_domino_count": "a table of the two ends with their double flags",
    "gin_rummy_meld_deadwood": "memoised recursion on the lowest card left (the encoder enumerates meld sets)",
    "quartet_feature_trio_labels": "the forced third card of every pair looked up (the encoder tests triples)",
    "dotgrid_line_captured_cells": "a count of drawn sides per box (the encoder tests edge sets)",
    "solitaire_board_jumped_holes": "coordinates rebuilt from the row lengths",
    "sextet_sudoku_starred_cells": "candidate sets with naked singles, then branching (the encoder counts solutions by plain backtracking)",
    "logic_grid_lorry_tonnage": "the clue text parsed back into predicates and all 13,824 matchings tried (the encoder filters bit masks)",
    "baseball_halfinning_home_crossings": "runners as base numbers (the encoder keeps a base array)",
    "duel_striker_remaining_vigour": "a closed form from the strikes each fighter needs (the encoder simulates)",
    "comparator_network_final_slot": "min/max assignment per comparator",
    "rightdown_lattice_trek_count": "path counts from the bottom-right corner (the encoder counts from the top-left)",
    "bridge_torch_crossing_minutes": "a shortest-path search over (people across, torch side) states (the encoder uses the greedy formula)",
    "azul_wall_adjacency_score": "regular-expression runs in row and column strings (the encoder walks outwards)",
    "diving_panel_trimmed_difficulty": "exact fractions (the encoder works in twentieths)",
    "craps_comeout_roll_sum": "a point / no-point reader",
    "firstfit_arena_granted_offset": "a byte map (the encoder keeps sorted intervals)",
    "ship_captain_crew_cargo": "dice counters per roll",
    "mutual_acquaintance_trio_count": "common neighbours of every ordered pair divided by 6 (the encoder tests triples)",
    "huffman_combine_codeword_bits": "a re-sorted list (the encoder uses a heap)",
    "left_right_centre_chip_holding": "a chip list with modular neighbours",
    "carryover_skins_jackpot": "a running pot",
}


def code(x):
    return f"`{x}`"


def render(st):
    pos, eva, neg = st["pos"], st["eva"], st["neg"]
    deny = st["deny"]
    by = collections.defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    ev, vd, pw, pr = by["everyday"], by["vendor"], by["password"], by["prose"]
    where_counts = collections.Counter(P.PINFO[r["type"][len(P.PREFIX):]]["where"] for r in pw)
    out = []
    a = out.append

    a("# privacy_twohundredseventyfifth (p275) – held-out credential corpus\n")
    firms = W.FIRMS
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**scrapyards, salvage yards and vehicle dismantlers** and the developers and staff who build and run their software. "
      f"The world: *{firms['harrowby']['name']}* (`{firms['harrowby']['domain']}`: {firms['harrowby']['what']}); "
      f"*{firms['cinderford']['name']}* (`{firms['cinderford']['domain']}`: {firms['cinderford']['what']}); "
      f"*{firms['tarbrook']['name']}* (`{firms['tarbrook']['domain']}`: {firms['tarbrook']['what']}); "
      f"*{firms['ferrule']['name']}* (`{firms['ferrule']['domain']}`: {firms['ferrule']['what']}). "
      f"People: {', '.join(W.PEOPLE)}. Private hosts sit in {W.NET10}.0.0/16 and {W.NET192}.0/24; every other host of the world is "
      "under `.example`; firms, yards, vehicles, lots and people are invented (real vendor, scheme and registry names appear only "
      "where a key or portal of theirs is the subject, and vendor endpoints keep their real domains where a file would name them). "
      "Secrets sit where this trade puts them: the devices and controllers (an ESC/POS print job of the weighbridge ticket printer, "
      "a CSV recipe export of the baler-shear HMI, the XRF analyser's settings XML, the ANPR camera's param.cgi listing, the "
      "depollution rig's Modbus gateway JSON, an ESP-IDF NVS partition CSV on the gate barrier, the payout kiosk's Chromium policy, "
      "a CAN-bus logger YAML on a recovery truck, the catalytic-converter cage's RFID reader INI, MDM app configuration of the "
      "lot-photo tablets), back offices (Laravel, Rails credentials, Spring Boot, FastAPI settings, Phoenix runtime.exs, a "
      "Cloudflare wrangler.toml, Flutter dart-defines, ASP.NET appsettings, Odoo, a php-fpm pool), ops (Nomad, ansible-vault view, "
      "Pulumi, a Kubernetes ConfigMap, OpenRC, crontab, Vector, kubectl describe, consul kv), developer places (Bruno, Insomnia, "
      "the JetBrains HTTP client, a pytest conftest, zsh history, a nix shell hook) and the messy places (a Slack export, a "
      "WhatsApp chat export, an xlsx sharedStrings part, a tesseract TSV of a photographed sticker, KeePass XML and LastPass CSV "
      "exports, a voicemail transcript, a DokuWiki page, an e-mail reply, an SMS backup). The vendors are the trade's own (DVLA, "
      "DVSA, the Environment Agency, Copart, Synetiq, e2e, Hollander, eBay, BMRA, VRA, Fastmarkets, local-authority scrap metal "
      "licensing, Precia Molen, Evident Vanta, SEDA, Webfleet, Axis, CAP HPI, UK Vehicle Data, Metals-API, Plate Recognizer, "
      "Samsara, Roboflow, Maersk, Flexport) next to the shop, payment, shipping, messaging, AI, developer, cloud and monitoring "
      "services such developers use; the negatives come from the same world (VINs and IMO numbers with real check digits, MD4 "
      "and BLAKE3 digests, scrypt hashes, WireGuard public keys, publishable keys, templates, masked keys, secret-store pointers, "
      "ansible-vault and age ciphertexts, documentation, handbook prose, failing look-alikes of this corpus's own layouts, "
      "weighbridge tickets, waste transfer notes, price boards, auction lots, genuine puzzle pages, UUIDv4 job ids and "
      "key-ceremony records that show only key check values).\n")
    a("Everything is produced by `build.py` and its modules (`common275.py`, `world275.py`, `deny275.py`, `everyday275.py`, "
      "`vendor275.py`, `positional275.py`, `prose275.py`, `enc275.py`, `dec275.py`, `evasions275.py`, `negatives275.py`, "
      "`checks275.py`, `readme275.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (27501 everyday values, 27511 everyday pairing, 27521 everyday surroundings, 27571 the PASETO and CWT "
      "keys, 27502 vendor, 27503 positional, 27504 prose, 27505 evasions, 27506 negatives), no clock, no network, no bytecode "
      "written (`build.py` sets `sys.dont_write_bytecode` before importing its modules). `python3 build.py [outdir]` runs the "
      "self-test of the hand-written algorithms, generates everything twice in one process and compares the bytes of the three "
      f"JSONL files, parses them back, runs every check and {len(st['mutations'])} mutation tests, renders this README twice and "
      "compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief275/`.\n")

    # ---------------------------------------------------------------- independence
    a("## Independence\n")
    a("The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. "
      "Exactly what was opened:\n")
    a("- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredseventyfifth/`), created with "
      "`mkdir -p` in the same command that created the scratch directory `/tmp/scratch275/`. Its modules were created with the "
      "file editor (`readme275.py` first as a two-line stub through a shell here-document), edited with small Python "
      "`str.replace` scripts and a few `sed -i` substitutions (syntax and encoding renames, one template fix, one attribute "
      "name in a template), searched with `grep -n` / `grep -c` in its own modules, imported and run with `python3 -B` (one-off trial imports "
      "and round-trip scripts, `build.py --freeze`, trial builds written to `/tmp/scratch275/trial`, a script in the scratch "
      "directory that printed the first new error of every mutation test, the final `python3 build.py`) and listed with "
      "`ls -la` once before and once after the final build (the `..` line of that listing shows only the parent's own "
      "metadata, not its contents). The parent directory was never listed, opened or searched, nothing else under "
      "`/work/main` was opened, listed, grepped or searched, and git was never run there.\n"
      "- Project material: only the two READMEs in `/tmp/brief275/` (`README_twohundredseventythird.md`, p273, wigmakers, "
      "theatrical hair-and-make-up studios and prosthetics workshops; `README_twohundredseventyfourth.md`, p274, charcoal "
      "burners, peat cutters and biochar producers). The directory was listed once with `ls -la`, the files sized with "
      "`wc -c`, read with `sed -n` line ranges (some piped through `cut -c`), measured with `awk` line-length listings, their "
      "headings listed with `grep -n '^#'`, searched once with a `grep -oiE` count of a dozen candidate algorithm words "
      "(to see whether MD4, BLAKE3, PASETO, CBOR/COSE/CWT, key check values, ChaCha or the Turkish identity check were named), "
      "and parsed by `deny275.extract_denylist` and Python one-offs that printed the deny-list sizes, codes, names and encoding "
      "tokens and tested candidate names against them. They were used only to learn the file format and what is already covered.\n"
      "- `/tmp`: besides `/tmp/brief275/` only the scratch directory `/tmp/scratch275/` (the extracted gitleaks rule file, the "
      "extracted Kingfisher rule directory, the mutation-reason script and the trial build output). No other directory under "
      "`/tmp` was looked at.\n"
      "- Tooling: `/work/.library/search/README.md` was read once (its first 50 lines); `/work/.library/env/` was not opened; "
      "`python3 -c` timed one `hashlib.scrypt` call; no package was installed and no registry was queried.\n"
      f"- Public material: through the search tool's `fetch`, `gitleaks/gitleaks` (commit `{GITLEAKS}`; `config/gitleaks.toml` "
      "extracted with `git show`; the regexes of about 60 rules chosen by id prefix printed by a `tomllib` filter) and "
      f"`mongodb/kingfisher` (commit `{KINGFISHER}`; `data/rules/` extracted with `git archive` piped to `tar`, which reported an "
      "unrelated missing object at the end after the 639 rule files were out; the directory listed once; a `ls | grep -i` loop "
      "over about 75 vendor names; the name and pattern lines of about 70 rule files printed by a Python filter). `git log -1` was "
      "run in those two mirrors only. Through the search tool's `search`, two look-ups for the published PASETO v4.local test "
      "vector (one in the documentation corpus, one in the code corpus); they returned only the v1/v2 vectors of a Rust crate and "
      "unrelated code, nothing was copied, and the PASETO layout stays *believed* (its primitives are checked against their own "
      "published vectors instead). Read for shape only: no credential value or rule example was copied; every value is "
      "generated. Betterleaks, CredSweeper and other vendor documentation were not opened.\n")
    a(f"The deny-list (`deny275.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, "
      f"lower-cased, also split at `__` ({len(deny['names'])} names), the earlier positional syntaxes with and without their "
      f"`<letters>pw_` prefix ({len(deny['syntaxes'])}), the codes of every `` `code` (Name) `` pair ({len(deny['language_codes'])}; "
      f"the pattern also catches a few non-language pairs, which only makes it stricter), the names and name words of those "
      f"pairs ({len(deny['language_names'])}) and the tokens of the earlier encoding names ({len(deny['encoding_tokens'])}). It is "
      f"frozen in `brief_names.json`; when `/tmp/brief275/` exists the build re-extracts it and fails if it differs (this build: "
      f"{st['deny_note']}). Ideas the READMEs name only in prose are avoided by hand, and hand lists in `deny275.py` make that "
      f"checkable: `PROSE_TOOL_TOKENS` ({len(deny275.PROSE_TOOL_TOKENS)} tools, libraries and mechanisms of their left-out and "
      f"relative lists) joins the tokens of the earlier syntax names minus `GENERIC_SYNTAX_TOKENS` "
      f"({len(deny275.GENERIC_SYNTAX_TOKENS)} position, flag, verb, language and protocol words) as the tokens no syntax name may "
      f"contain; `HAND_IDEA_WORDS` ({len(deny275.HAND_IDEA_WORDS)} idea words of the earlier encodings' avoided, set-aside and "
      f"relative lists) joins the earlier encoding tokens (plurals folded) as the words no encoding name may contain; "
      f"`HAND_LANG_NAMES` / `HAND_LANG_CODES` (English, Catalan, Latin, Chinese, Irish, Persian, Arabic) join the language check. "
      "Planning and trial checks renamed the syntaxes that carried earlier tokens (`netsh_wlan_...` to `netsh_hostednetwork_...`, "
      "`realm_join_...` to `realmd_join_...`, the `neo4j_driver`, `pyjks_keystore`, `onvif_camera`, `jndi_security`, "
      "`luasql_odbc`, `esp8266...authenticate`, `taiko...textbox`, `karate_ui`, `splinter_browser`, `helium...keyword`, "
      "`earlgrey...action`, `imacros_tag`, `chrome_recorder..._step`/`_event`, `cisco..._wpa_psk`, `key_chain`, `..._md5`, "
      "`activemq_users`, `icinga_resource`, `racoon_psk`, `socks5_...` and `..._qr_...` forms), dropped the closest relatives "
      "(Java `KeyStore.load`, Julia ODBC, Arduino `WiFi.begin`, Vue `setValue`, wpa_supplicant, ifupdown `wpa-psk`, `ibmcloud`, "
      "`ab -A`, `sqsh -P`, Junos OSPF keys and others, see the judgement calls), replaced an invented weighbridge-operator file "
      "that repeated p274's idea with a crane-cab display file, and renamed the encodings that used `boxes`, `peg`, `runs` and "
      "`merge`; six words added to `GENERIC_SYNTAX_TOKENS` because they are verbs or protocol words, not tools (`load`, "
      "`remote`, `using`, `query`, `decrypt`, `authenticate`), are written down in `deny275.py`. Novelty is checked against these two READMEs only; older corpora may "
      "share a vendor, a syntax, a language or an idea.\n")

    # ---------------------------------------------------------------- files and counts
    a("## Files and counts\n")
    span_types_pos = len({r["type"] for r in pos})
    a("| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|")
    a(f"| `secrets.jsonl` | {len(pos)} | {len(pos)} | {span_types_pos} | {len({r['container'] for r in pos})} | everyday {len(ev)}, "
      f"vendor {len(vd)}, positional-password {len(pw)}, prose {len(pr)} in {len(pr)} languages |")
    a(f"| `evasions.jsonl` | {len(eva)} | {len(eva)} | {len({r['type'] for r in eva})} | {len({r['container'] for r in eva})} | "
      f"{len({r['encoding'] for r in eva})} encodings x 3 types |")
    a(f"| `negatives.jsonl` | {len(neg)} | – | – | {len({r['container'] for r in neg})} | {len({r['class'] for r in neg})} classes |")
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, "
      "`language_names`, `encoding_tokens`) |\n")
    a("Schema: positives `id` (`p275-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly "
      "one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions "
      "(`p275-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with "
      "`value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), `source` (`evasion`). Negatives "
      "(`p275-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets with "
      "`text[start:end] == value`; UTF-8 JSON lines written with `ensure_ascii=False`; ids consecutive.\n")
    wc = ", ".join(f"{k} {v}" for k, v in sorted(where_counts.items(), key=lambda x: -x[1]))
    a(f"**Scale.** Everyday {len(ev)} = 12 types x 45 kinds, 4 records per kind (each type in 15 records). Vendor {len(vd)} "
      f"(one record per type). Positional passwords {len(pw)} (one record per syntax; by where the text lives: {wc}). Prose "
      f"{len(pr)} in {len(pr)} languages (spares written down and unused: "
      f"{', '.join(f'`{c}` ({n})' for c, n in PR.SPARES)}). Evasions {len(eva)} = 22 x 3. Negatives {len(neg)} = "
      f"{len({r['class'] for r in neg})} classes x 11 records (two base kinds alternating, shown plain and in three wrappers). "
      f"Positives total {len(pos)} (asked: 440–470). Strings drawn through the registry (values, vendor neighbours, evasion "
      f"plains and runs): {st['nreg']}.\n")

    # ---------------------------------------------------------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or "
      "protocol element – never the quotes, the key or the flag. For `user:VALUE` pairs and URL user-info (etcdctl `--user`, "
      "transmission-remote `-n`, celery flower `--basic-auth`, the CVS pserver root, HAProxy `stats auth`, monit `allow`, the "
      "Ably `keyname:secret` string, Twilio and Mailgun `-u`/`--user` in curl) only the part after the colon and before any "
      "`@`; for `mpc -h VALUE@host` the part before the `@`; in the RFC 1929 bytes literal only the value bytes (the length byte "
      "before it counts the real value); in the aria2 parameter only what follows `token:`; in the Telegram bot URL only the "
      "token after `/bot`. Whole webhook URLs (Google Chat, Mattermost, Zapier) are the span, because the URL is the credential. "
      "Values pasted where they do not belong (the ESC/POS ticket footer, the HMI recipe comment row, the Slack and WhatsApp "
      "exports, the xlsx shared strings, the tesseract TSV, the voicemail transcript, the DokuWiki page, the e-mail, the SMS "
      "backup, the kubectl and consul captures, the password-manager exports, the chat pastes) are labelled.\n"
      f"- Owner-chosen passwords are a word of this trade ({len(W.TRADE_WORDS)} words, letters only, none containing pass, pwd, "
      f"pw or secret: {', '.join(W.TRADE_WORDS[:28])} …) + a joiner + a tail people of this trade use (2–4 digits or a year, a "
      "tonnage `NNt` from 1t to 99t, a heavy-melting-steel grade `HMS1` / `HMS2`, or an auction lot `lotNN`–`lotNNN`), "
      "capitalised with probability 0.5 in everyday and vendor values, 0.3 in positional and prose values and 0.35 in the "
      "evasion password. Everyday and vendor passwords use the joiners `- _ . @ ! #` (minus whatever the container cannot hold) "
      f"and are checked against `{W.OWNER_RE.pattern}`; positional, prose and evasion passwords use only `- _ .` and are checked "
      f"against `{W.STRICT_RE.pattern}`; the word must be one of the list (checked). Wi-Fi keys (RouterOS, Cisco dot11, netsh "
      "hosted network, `AT+CWSAP`) are at least 8 characters and the FRR MD5 key at most 16, as those mechanisms require. Values "
      "are never escaped: each container kind and vendor style declares the characters it cannot hold literally (quotes and "
      "`\\` in JSON, Python, Elixir, TOML, HCL and C-like strings, `'` in single-quoted YAML, PowerShell, DokuWiki monospace and "
      "zsh, `$` where shells, HCL, Nix or php-fpm would expand it, `%` in cron, Nomad and INI interpolation, `#` where comments "
      "start, `;` in INI and php-fpm, `&<>` and quotes in XML, `,\"` in CSV, whitespace where the value is bare, shell "
      "metacharacters in command lines) and a value is redrawn without them.\n"
      "- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no "
      "negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn through one "
      "registry that refuses repeats, any string in a 6+ character substring relation with an earlier one and any non-v4 UUID. "
      "A negative is redrawn if it contains a registered string of 6+ characters, a trade word + joiner + tail (the password "
      "form, any case, joiners `- _ . ! @ # + ~ * = & : /`), any JWT-shaped string or a non-v4 UUID, or repeats an earlier "
      "negative. In positive texts the only password-form string is inside the labelled span, and evasion texts contain none "
      "(checked).\n"
      "- Structured values are valid and checked. `cpl_` keys end in the first four bytes of the real MD4 digest of their body "
      "(MD4 written by hand, asserted on the five RFC 1320 vectors and against OpenSSL's MD4 where `hashlib` offers it); `hwb_` "
      "tokens end in the first five bytes of the real BLAKE3 digest (written by hand from the specification, asserted on the "
      "published digests of the empty input and of `abc`); `pko1.` keys carry their real AES-128 key check value (AES written by "
      "hand with the S-box computed from the field inverse, asserted on FIPS 197 appendices B and C.1); `SID-` codes carry the "
      "two real check digits of the Turkish identity-number rule (asserted on the commonly cited 10000000146 and 12345678950, "
      "and a failing 12345678951); bidder tokens are real PASETO v4.local tokens (XChaCha20 written by hand – ChaCha20 asserted "
      "on RFC 8439 2.3.2, HChaCha20 on draft-irtf-cfrg-xchacha 2.2.1 – keyed BLAKE2b from `hashlib`, the pre-authentication "
      "encoding by hand; the check decrypts with the key kept in memory and verifies the tag, claim set and footer); telematics "
      "tokens are real CWTs in a tagged COSE_Mac0 (CBOR written by hand, asserted on fourteen RFC 8949 appendix A examples both "
      "ways; HMAC-SHA256 from `hmac`, asserted on RFC 4231 case 1; the check verifies the 64-bit MAC, the tags, the protected "
      "header and the claim keys). These algorithms and formats (MD4, BLAKE3, the AES key check value, the Turkish check pair, "
      "PASETO, CWT / COSE / CBOR) are not among the checks, hashes, signatures and token formats the two READMEs used or name "
      "as earlier; see the judgement calls for their relatives. Vendor values are checked against a regular expression built "
      "from the same spec that generated them. Every UUID-shaped substring of every text is version 4, and no text holds a "
      "JWT-shaped string. Negatives: VINs pass the ISO 3779 check digit (asserted on 1M8GDM9AXKP042788 and 11111111111111111), "
      "IMO numbers their check digit (asserted on 9074729), the MD4 and BLAKE3 digests, scrypt hashes, X25519 public keys "
      "(asserted on RFC 7748 5.2 and 6.1) and key check values recompute from inputs kept in memory, and the decoys fail their "
      "checks.\n")
    nbl = "; ".join(f"{x['type']}: {x['nb'][0]}" for x in V.V if x["nb"])
    a(f"- Public neighbours are unlabelled: user names, hosts, key names and the public half written next to a vendor secret "
      f"({nbl}), and the user half of every user / value pair.\n"
      "- Key names follow each container's own case style: upper, snake, camel, pascal, kebab (Spring), spaced (chats, mail, "
      "notes, transcripts, stickers, wiki, SMS), title (workbook cells, password-manager titles) and native (the KeePass and "
      "LastPass fields, the 1Password CLI fields, curl headers). Everyday key names are the type's key words without the check "
      "or format word (`PARTS_LOCATOR_API_KEY`, not `..._MD4_...`); vendor key names are the full type name in the style's "
      "case; neighbour keys are the vendor's first word + the neighbour's label.\n")

    # ---------------------------------------------------------------- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join(f"`{t}` ({d})" for t, _, _, d in E.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join(
        f"`{k}` ({E.KINDS[k]['style']}; {E.KINDS[k]['desc']})" for k in E.KIND_NAMES) +
      ". Pairing (seed 27511): the kinds are shuffled once and every block of three kinds deals a freshly shuffled list of the "
      "12 types four by four, so every kind holds four different types and every type sits in exactly 15 records (checked); "
      "secrets therefore also land in implausible places (a PASETO token on an ESC/POS ticket, a CWT in a camera parameter "
      "list). Five drafted kinds (gunicorn, PowerShell DSC, Gradle, Markdown handover, Drone) are defined in the module and set "
      "aside unused.\n")
    a(f"Vendor ({len(vd)} types, container `<type>__<style>`; shape – where the shape comes from: *read* this session in the "
      "public gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published shape so "
      "the type is recognisable only from its key name, *owner* for portal and device passwords – the public neighbour if any, "
      "and the style):\n")
    groups = collections.OrderedDict()
    for x in V.V:
        groups.setdefault(x["group"], []).append(x)
    for g, xs in groups.items():
        items = []
        for x in xs:
            nb = f" – next to it: {x['nb'][0]}" if x["nb"] else ""
            items.append(f"`{x['type']}` ({V.spec_desc(x['spec'])} – {x['source']}{nb} – in `{x['style']}`)")
        a(f"*{g}* ({len(xs)}): " + "; ".join(items) + ".\n")
    sc = collections.Counter(r["container"].split("__")[1] for r in vd)
    a(f"Vendor styles ({len(V.STYLES)}, chosen per type for where that key lives): " + "; ".join(
        f"`{s}` ({c}, {d}, {sc[s]})" for s, (c, d) in V.STYLES.items()) + ".\n")
    wl = ", ".join(f"{k} `{v}`" for k, v in P.WHERE.items())
    a(f"Positional passwords ({len(pw)} syntaxes, span type `{P.PREFIX}<syntax>`, container `<syntax>__<where>` with where = "
      f"{wl}): " + "; ".join(f"`{P.PREFIX}{x['syntax']}` ({x['where']}, {x['desc']})" for x in P.P) +
      ". None of them is among the syntaxes or names of either README (compared with and without the prefix; checked), no "
      "syntax name contains an earlier tool token or a hand-listed prose tool token (checked), and no positional text contains "
      "`pass`, `pwd`, `secret` or `pw` in any case, even inside a longer word (checked) – which rules out `--password`, "
      "`passwd`, `-pw`, `--passphrase`, PyMuPDF's `needs_pass`, `-Password` parameters, Windows WLAN profiles "
      "(`passPhrase`), pppd's own file name and every tool that names the field; UI fields are the neutral `field-b` / `fieldB`, "
      "and the two invented files leave the value's header cell empty or carry no header.\n")
    a(f"Prose: someone gives a colleague the password of the weighbridge office PC and asks them to keep it to themselves; span "
      f"type `{PR.TYPE}`; container `<format>__<iso639-3>`; formats " + ", ".join(f"`{f}`" for f in PR.FORMATS) +
      " (cyclic). Languages (40): " + ", ".join(f"`{c}` ({n})" for c, n, *_ in PR.LANGS) +
      f". Spares written down and unused: {', '.join(f'`{c}` ({n})' for c, n in PR.SPARES)}. None of them or the spares is "
      "among the languages of either README or on the hand list (checked: code against the codes, all deny-listed names and the "
      "hand list; name and every name word against the language names and the hand list). Scripts: "
      f"{', '.join(sorted({s for _, _, s, _, _ in PR.LANGS}))}. Every value is set off by whitespace on both sides (checked); "
      "Japanese and Khmer, which do not separate words with spaces, have a space put before and after the value as people do "
      "around Latin text; Ukrainian and Belarusian put it after a colon and before a dash; Urdu is right-to-left with the Latin "
      "value embedded; the Telugu loan word for password keeps the zero-width non-joiner typing produces, never next to the "
      "value.\n")

    # ---------------------------------------------------------------- encodings
    a("## Evasion encodings\n")
    a("; ".join(f"`{n}` = \"{enc275.RULES[n]}\"" for n in enc275.NAMES_ORDER) + ".\n")
    a("Families: " + "; ".join(f"{FAMILIES[n]} (`{n}`)" for n in enc275.NAMES_ORDER) + ".\n")
    a("Evasion types: " + "; ".join(f"`{t}` ({d})" for t, _, d in EV.TYPES) + "; wordings: " +
      ", ".join(f"`{w}`" for w in EV.WORDINGS) + " (container `<encoding>__<wording>`; encoding *i* and type *j* take wording "
      "(2*i* + *j*) mod 3, so each encoding appears once per type and once per wording). Each text says what is spelled out, "
      "states the rule in words, then `:` and a newline, then the run on its own line, then a one-line remark (checked). Plains "
      "use `[A-Za-z0-9._-]` (character codes 45–122, which every encoding here can carry); a plain is redrawn if it would "
      "appear inside its own run, if the run has outer whitespace, a newline or a password form, or if the registry refuses "
      "plain or run.\n")
    a("Encoders are in `enc275.ENC`; the rng adds only what the answer does not depend on (the moves of a game whose flip total "
      "hits the code; the lines and tiles; the hands, built from melds plus leftover cards for the last one; the eleven other "
      "cards and the labels of the trio; the order of the lines and the labels of the other boxes; the jumps; the grid "
      "permutation, the marked cells and the clues removed while the solution stays unique; the drivers, colours, loads, other "
      "tonnages and the clues added until one matching is left, redundant ones then dropped; the plate appearances; the "
      "fighters; the list, the comparators and the slot; the blocked corners; the walkers; the walls and their order; the "
      "scores and difficulties; the dice; the arena size, the blocks and frees; the games; the roster; the counts; the starting "
      "chips and the dice; the holes). The decoder `dec275.decode` gets only the encoding name and the run, imports nothing "
      "from the encoder or `common275` (only `collections`, `itertools`, `re`, `fractions` and, inside the torch solver, "
      "`heapq`) and works every answer out its own way: " + "; ".join(f"{DECODER_WAY[n]} for `{n}`" for n in enc275.NAMES_ORDER) +
      ". Every encoding was round-tripped while writing on every single code 45–122 (0 failures); at build time every span is "
      "decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README as an encoding or in its avoided, set-aside or relative lists): every "
      "encoding of both READMEs and every item of their avoided lists – numeral bases and Base-N text, escapes, dumps, ciphers "
      "and XOR, Morse and signalling codes, spelling alphabets, number words, look-alikes, chaff, shuffles, reversals, "
      "acrostics, code expressions, arithmetic and check-digit disguises, barcodes, keyboards, calendars, clocks, compass "
      "points, lookup tables, colours, music, DNA, units and physical laws, matrices, equations, progressions, primes, squares, "
      "Fibonacci, powers, residues, the games they used (bowling, darts, cribbage, klaverjas, Pig, cornhole, battleship, "
      "volleyball, ghost legs, bulls and cows, knights and knaves, minesweeper, tumbling dice, lifts, regattas, Boggle, "
      "blackjack, yacht, elimination races, Kalah, bingo, poker, Risk, high jump, orienteering, Stableford, cricket, tennis, "
      "league tables, conkers, cross-country, rock-paper-scissors, shoot-outs, rounders), the geometry and rule puzzles of p273 "
      "(hulls, areas, points in polygons, cookies, semver, refcounts, Reno, kilns, G-code, prominence, ants, candies, seats, "
      "layer caches, atom counts), shortest routes, spanning trees, flows, critical paths, topological orders, reachability and "
      "flood fills, stacks, queues, heaps, hashing, tries and search trees, LRU, FIFO, edit distances, inversions, intervals, "
      "knapsacks, bin packing, economic and voting rules, auctions, matchings, token buckets, state machines, first-match rule "
      "lists, minimax, rounding rules, sliding windows, run-length, word wrap, cellular rules, Josephus, Hanoi, tally marks, "
      "Roman numerals, Collatz, Recamán and the set-aside ideas of both. The idea words of those lists are in "
      "`deny275.HAND_IDEA_WORDS` and no encoding name contains one. Set aside while choosing: a nonogram (the count of inked "
      "squares follows from the clues alone), plain muggins dominoes (scores only in fives, runs three times longer; replaced "
      "by fives and threes), backgammon pip counts (a weighted sum with tedious legality), Kakuro and KenKen (too close to the "
      "sudoku kept), Connect Four and gomoku (next to bingo's first completed line), the Othello disc count (too small), rugby "
      "and American-football scores (symbol-value sums, like the earlier set-aside snooker break), bell ringing, Rubik's cube "
      "and the 15-puzzle (permutations followed step by step), baccarat (residues mod 10), golf match play (next to "
      "Stableford), push-dominoes and Langton's ant (cellular rules), turtle graphics (compass points) and the dreidel "
      "(rounding). Close relatives remain and a scorer may count them as the same idea: gin rummy, fives and threes and Set are "
      "card and tile scoring next to the earlier cribbage, poker, klaverjas and blackjack; Reversi, dots and boxes and peg "
      "solitaire are board games next to Kalah, Battleship and minesweeper; the sudoku and the logic grid are unique-solution "
      "deductions next to knights and knaves and bulls and cows; baseball, diving and skins are sports scoring next to bowling, "
      "darts, cricket and Stableford (skins is golf, diving's dropped extremes echo the regatta discard); craps, ship-captain-"
      "crew and left-right-centre are dice games next to Pig, yacht and Risk; the duel is repeated subtraction next to the darts "
      "countdown and the Risk battles; the comparator network moves numbers by pairwise rules next to the earlier inversions "
      "and shuffles; the lattice count and the bridge-and-torch minimum are path problems next to shortest routes and critical "
      "paths; first fit is allocation next to bin packing and heaps; Huffman is a heap-driven merge next to the heaps and "
      "compression ideas (LZW, run-length); the triangle count is a graph count next to reachability; Azul counts neighbours in "
      "lines next to minesweeper; left-right-centre passes chips round a circle next to Josephus-style circles.\n")

    # ---------------------------------------------------------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |\n|---|---|---|---|")
    cc = collections.Counter(r["class"] for r in neg)
    for c, kinds, desc in N.CLASSES:
        a(f"| `{c}` | {cc[c]} | `{kinds[0]}`, `{kinds[1]}` | {desc} |")
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join(f"`{w}`" for w, _ in N.WRAPPERS if w) +
      " (container `<base kind><wrapper>`); the wrappers add a WhatsApp forward line, a DokuWiki reference heading with a code "
      "block and a noticeboard header whose words say the content is reference material holding no logins, without adding a "
      "value.\n")

    # ---------------------------------------------------------------- checks
    a("## Checks run by build.py\n")
    a(f"- Self-test: `common275.selftest` re-asserts {len(st['selftest'])} published vectors and round trips in every build "
      "(MD4 on the five RFC 1320 vectors and against OpenSSL where available, BLAKE3 on the empty input and `abc`, ChaCha20 RFC "
      "8439 2.3.2, HChaCha20, a PASETO v4.local round trip with a wrong-key rejection, AES-128 on FIPS 197 B and C.1, fourteen "
      "CBOR examples of RFC 8949 both ways, HMAC-SHA256 RFC 4231 case 1, a CWT round trip with a wrong-key rejection, the "
      "Turkish check pair on two valid and one invalid number, X25519 RFC 7748 5.2 and 6.1, two VINs and one IMO number).")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief275/` exists it is re-extracted and must be identical "
      f"({st['deny_note']}). Every everyday type and kind, vendor type and style, positional where label, prose type and format, "
      "evasion type and wording, negative class, base kind and wrapper, and every container, span type and class actually used "
      "in the records, is compared lower-cased, as a whole and by every `__` part, against the names; every positional syntax "
      "(from the module and from each record's type, with and without the prefix) against the earlier syntaxes and, token by "
      "token, against the earlier tool tokens and the hand list; every encoding, token by token (plurals folded), against the "
      "earlier encoding tokens and the idea words; every prose language code (and spare) against the codes, all names and the "
      "hand list, its name and name words against the language names and the hand list.")
    a("- Ids `p275-s-NNNN`, `p275-e-NNNN`, `p275-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one "
      "span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once in its "
      "text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the record's; sources as "
      "specified.")
    a("- Counts: everyday 180 (45 kinds x 4 different types, 12 types x 15), vendor 110–130 distinct types with containers "
      "`<type>__<style>` of a known style, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, "
      "evasions 66 = 22 encodings x 3 types with each encoding in all three wordings, negatives ≥ 200 in ≥ 20 classes with ≥ 10 "
      "each, no repeated negative text, span types of the five sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex and word list, the MD4 tail, the BLAKE3 tail, the key check value, "
      "the check pair, PASETO decryption with tag, claims and footer, CWT MAC with tags, alg, kid and claim keys), and no "
      "character the container kind cannot hold; vendor values against the regular expression built from each spec; positional "
      "and prose values in the strict password form with the Wi-Fi and OSPF length limits; no `pass` / `pwd` / `secret` / `pw` "
      "in positional texts; prose values set off by whitespace; no password-form string outside the span in any positive text; "
      "evasion plains by type; evasion layout (rule text ending in `:`, the run line, one remark line); no password form in "
      "evasion texts.")
    a("- Container syntax: the JSON kinds and styles with `json` (after a command line where there is one), the XML kinds with "
      "`xml.etree` (the UiPath fragment inside a root that binds its prefix), the TOML kinds with `tomllib`, the CSV kinds and "
      "the tesseract TSV with `csv` (rows of equal width, the value a cell), the INI kinds with `configparser` (no "
      "interpolation, the value an option value), the .env kind and style line by line, the YAML kinds and the YAML style with "
      "a small YAML-subset parser in `checks275.yamlish` (indentation, mappings, sequences, quoted and plain scalars; the value "
      "a scalar) – always with the value in a string, element, attribute, cell or scalar.")
    a("- Every evasion run decodes with `dec275.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; each occurs exactly once across all three files; no evasion plain appears in any text; no "
      "neighbour equals a value; no registered string of 6 or more characters (values, neighbours, plains) appears in a "
      "negative; no negative contains a password form or a JWT-shaped string; every UUID-shaped substring of every text is "
      "version 4; the VINs and IMO numbers in their classes pass their checks, the digests, scrypt hashes, X25519 keys and key "
      "check values recompute from inputs kept in memory, and the four decoys of every look-alike record fail their checks.")
    a("- Determinism: everything (the PASETO and CWT keys, the hash inputs, the X25519 scalars and the AES keys included) is "
      "generated twice in one process; the three JSONL files and this README must be byte-identical, and the JSONL bytes must "
      "parse back to the same records.")
    mres = ", ".join(f"`{n}` ({'caught' if c else 'MISSED'})" for n, c, _ in st["mutations"])
    a(f"- {len(st['mutations'])} mutation tests on deep copies, each of which must add an error the clean data does not have "
      f"(this run: {sum(1 for m in st['mutations'] if m[1])}/{len(st['mutations'])}): {mres}. Clean run errors: "
      f"{st['clean_errors']}.\n")

    # ---------------------------------------------------------------- shapes guessed
    a("## Shapes you had to guess\n")
    reads = [x for x in V.V if x["source"] == "read"]
    a(f"*Read this session* in the public gitleaks (gitleaks/gitleaks, config/gitleaks.toml, commit {GITLEAKS}) or Kingfisher "
      f"(mongodb/kingfisher, data/rules/*.yml, commit {KINGFISHER}) rule files; nothing copied; every value generated; where a "
      f"rule gives only a prefix, a case-insensitive class or a length range, the exact length, split and case are mine "
      f"({len(reads)}): " + "; ".join(f"`{x['type']}` ({V.spec_desc(x['spec'])}; {x['note']})" for x in reads) + ".\n")
    bel = [x for x in V.V if x["source"] == "believed"]
    a(f"*Believed* from memory of public rule sets and vendor documentation, not re-checked this session ({len(bel)}): " +
      "; ".join(f"`{x['type']}` ({V.spec_desc(x['spec'])})" for x in bel) + ".\n")
    gue = [x for x in V.V if x["source"] == "guessed"]
    a(f"*Guessed* (no published format known to the builder; length and alphabet only, so the type is recognisable only from "
      f"its key name) ({len(gue)}): " + "; ".join(f"`{x['type']}` ({V.spec_desc(x['spec'])})" for x in gue) + ".\n")
    own = [x for x in V.V if x["source"] == "owner"]
    a(f"*Owner-chosen passwords* (a portal or device login the owner picked) ({len(own)}): " +
      ", ".join(f"`{x['type']}`" for x in own) + ".\n")
    a("Also invented or partly guessed: the everyday layouts `cpl_` (a real MD4 tail), `hwb_` (a real BLAKE3 tail), `pko1.` (a "
      "real AES key check value) and `SID-` (the real Turkish check pair) are invented; the PASETO v4.local token and the CWT "
      "are real formats used for invented purposes (claims, footer, kid and the 64-bit MAC choice are mine); the PASETO "
      "construction (key split by BLAKE2b-448 over `paseto-encryption-key` + nonce, BLAKE2b-256 authentication key over "
      "`paseto-auth-key-for-aead` + nonce, PAE over header, nonce, ciphertext, footer and an empty implicit assertion) is "
      "*believed*: the official v4 test vectors were looked for and not found, so only its primitives are asserted. The "
      "evasion prefixes `BLR-` and `cpf_` and the two invented positional files are invented. Vendor layouts least sure: the "
      "DVLA and DVSA key lengths, the DVSA client secret in Entra form, the Plate Recognizer 40-hex token, the Samsara "
      "`samsara_api_` head, the Roboflow and OpenALPR keys, Adyen's `AQE` key (length mine), SumUp `sup_sk_`, Revolut "
      "`oa_prod_`, the eBay `v^1.1#…` refresh token, the Amazon `Atzr|IwEB` head and length, the Braintree `access_token$"
      "production$` form, Pushover, the Matrix `syt_` layout, Zulip, Pusher, the Ably `name:secret` split, the Google Chat and "
      "Mattermost webhook layouts, Voyage `pa-`, Pinecone `pcsk_`, Fireworks `fw_`, Jina `jina_`, Cerebras `csk-`, Stability "
      "`sk-`, Neon `napi_`, Codecov, Zendesk, Backblaze `K005`, the JFrog `AKCp` head, the GitHub fine-grained split, the "
      "Tailscale `CNTRL` split and the CircleCI inner classes. Positional syntaxes are all from memory; least sure: "
      "`sapcontrol -user` with the value as the next token, `gbak -pas`, `mpc -h VALUE@host`, `pihole -a -p`, sendxmpp's `-p`, "
      "`coap-client -u/-k`, `netsh wlan set hostednetwork ... key=`, WildFly `add-user.sh -p`, `pkcs11-tool --pin`, tabcmd, cf, "
      "f5fpc and supervisorctl `-p`, celery flower `--basic-auth`, the CVS pserver root with a value, `tf workspaces "
      "/login:user,VALUE`, `accurev login`, `asadm -P`, `realm join` and `op signin` and gocryptfs and restic reading a pipe, "
      "the bteq here-document, the hdbcli, ibm_db and pymssql argument orders, msoffcrypto `load_key` positional, pyjks "
      "`KeyStore.load`, the ONVIF constructor, Perl `Net::Telnet` `login`, LuaSQL `env:connect`, RJDBC `dbConnect`, Qt "
      "`db.open(user, VALUE)`, the tiberius `AuthMethod::sql_server`, Savon `basic_auth`, the Ktor `BasicAuthCredentials` "
      "position, Ranorex `PressKeys`, UFT `WebEdit.Set`, Taiko `write(..., into(textBox(...)))`, Karate `input`, Geb `value`, "
      "Splinter `fill`, Helium `write(..., into=)`, the UiPath `TypeInto` attribute, the Power Automate Desktop "
      "`PopulateTextField` line, AutoIt `ControlSetText`, EarlGrey `grey_typeText`, Compose `performTextInput`, the Chrome "
      "Recorder step, iMacros `CONTENT=`, the RouterOS property, Cisco `wpa-psk ascii 0`, `key-string`, FRR "
      "`message-digest-key`, HAProxy `stats auth`, monit `allow`, ActiveMQ `users.properties`, Icinga `$USER3$`, the pppd line, "
      "racoon `psk.txt`, espanso `replace`, DuckDB `ENCRYPTION_KEY`, SQL Anywhere `GRANT CONNECT ... IDENTIFIED BY`, Informix "
      "`CONNECT ... USING`, Exasol `IDENTIFIED BY`, TeamSpeak `login`, the Squeezebox CLI `login`, the aria2 `token:` prefix, the "
      "CIMD2 parameter codes 010 / 011, `AT+CWSAP` and the Huawei `AT^AUTHDATA` order (guessed) and the Subsonic `p=` "
      "parameter. Negatives: the ansible-vault and age bodies are random in frame; the publishable keys follow the look of "
      "real ones; weighbridge, waste, price and lot values have no check.\n")

    # ---------------------------------------------------------------- judgement calls
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (weighbridge indicator, baler-shear HMI, XRF analyser, depollution rig, ANPR "
      "cameras, lot-photo tablets) and six generated secrets (MD4-tailed `cpl_` key, BLAKE3-tailed `hwb_` token, `pko1.` "
      "terminal key with its AES key check value, `SID-` code with the Turkish check pair, PASETO v4.local bidder token, CWT "
      "telematics token). MD4 and BLAKE3 are hashes used as check tails, which a scorer may file with the earlier SM3, "
      "RIPEMD-160, SHA-512/256, BLAKE2s and Keccak tails; BLAKE3 in particular descends from BLAKE2 (BLAKE2s and BLAKE2b are "
      "named earlier). The Turkish rule is a weighted decimal check pair next to the earlier CPF pair, ABN, EC and Luhn checks. "
      "The key check value uses AES, which the READMEs name through AES-GCM and key wrap; the construction (encrypt a zero block "
      "under the key, keep three bytes) is different and is what payment HSMs print. PASETO uses XChaCha20 (not named) and keyed "
      "BLAKE2b; the CWT's MAC is truncated HMAC-SHA256, the HMAC family behind the earlier HS256/HS512 JWTs, itsdangerous "
      "cookies and macaroon chains – the new part there is the CBOR / COSE token format, and a scorer may count its MAC as a "
      "repeat. The KCV is a check a holder of the value can verify; the PASETO and CWT checks need the service keys kept in "
      "memory. Key names in everyday files say password / key / code / token – that is how such files look; the key-name-free "
      "cases are in the positional source.")
    a(f"- Vendor: {len(vd)} types, {len(own)} of them owner-chosen trade logins; many trade services (CAP HPI, UK Vehicle Data, "
      "Hollander, Copart's partner API, Metals-API, Fastmarkets, Webfleet, Modulr, QuickBooks, Sendcloud, UPS, FedEx, "
      "ShipStation, Maersk, ClickSend, Cronitor) publish no token format the builder knows, so their types are recognisable "
      "only from the key name. Same-shape traps: UUIDv4 secrets (UK Vehicle Data, Webfleet, ClickSend, Scaleway, Codecov, Snyk, "
      "the HubSpot body) against the UUIDv4 job ids; hex secrets (CAP HPI, Plate Recognizer, Twilio, Algolia, Datadog, "
      "Sendcloud, FedEx, ShipStation, Cronitor) against the MD4 and BLAKE3 digests; the labelled Gemini `AIza` key against the "
      "referrer-restricted Maps browser key of the negatives (identical shape; some owners treat Maps keys as secrets too); "
      "Stripe `sk_live_` and Paystack `sk_live_` (different lengths) against the publishable `pk_live_` keys; the Algolia admin "
      "key against the search-only key. Ids next to a secret stay unlabelled as the public half of a pair – arguable for the "
      "AWS access key id, the Backblaze key id, the Scaleway access key, the Pusher app key, the Pushover user key, the "
      "Sendcloud public key, the FedEx, ShipStation and Modulr API keys, the Maersk consumer key and the Ably key name, which "
      "some owners treat as sensitive. Webhook URLs are labelled whole; the Telegram token is labelled inside its URL path.")
    a("- Containers: the kinds and styles are new names and mostly new files, but some are relatives of earlier ones and a "
      "scorer may count them as the same place: the ESC/POS ticket and the ANPR parameter list next to the earlier ZPL label "
      "and device exports; the HMI recipe CSV, the NVS CSV and the RFID INI next to the earlier controller files; the Chromium "
      "policy and MDM configuration next to the earlier app configs; Laravel, Rails, Spring, FastAPI, Phoenix, ASP.NET, Odoo "
      "and php-fpm next to the earlier framework settings; wrangler.toml next to the earlier Netlify and fly.toml; Nomad, "
      "Pulumi, the ConfigMap, OpenRC and crontab next to the earlier Salt, Chef, Terraform, systemd and supervisord files; "
      "`ansible-vault view`, `kubectl describe` and `consul kv get` next to the earlier `docker inspect`, `ps auxww` and "
      "`/proc` captures; Bruno, Insomnia and the JetBrains HTTP client next to the earlier VS Code launch.json; zsh history "
      "next to the earlier bash, fish and PSReadLine histories; the Slack and WhatsApp exports next to the earlier Mattermost, "
      "Discord and chat copies; the xlsx shared strings next to the earlier ODT, ODS and docx parts; the tesseract TSV next to "
      "the earlier hOCR and zbarimg captures; KeePass and LastPass next to the earlier password-manager exports; DokuWiki next "
      "to MediaWiki; the SMS backup and the voicemail transcript are new places; the 1Password CLI capture next to the "
      "earlier `vault`, `gh` and native credential files.")
    a("- Passwords: labelled when the value logs in or connects (RDP, PsExec, WinRS, SAP, HANA, Neo4j, Exasol, Firebird, "
      "RabbitMQ, etcd, Transmission, MPD, Pi-hole, XMPP, CoAP DTLS, Db2, Tableau, Cloud Foundry, F5, Supervisor, Flower, CVS, "
      "Perforce, TFS, AccuRev, Aerospike, sudo, Kerberos, realmd, 1Password, Teradata, a telnet device, SQL Server, Sybase, "
      "WebLogic JNDI, Neo4j drivers, SOAP WS-Security and basic auth, Db2 JDBC, PDO, DBI, ODBC through LuaSQL, RJDBC and Qt, "
      "an ESP8266 web page, TeamSpeak, Squeezebox, aria2, an SMSC over CIMD2, SOCKS5, Subsonic), creates or stores an account "
      "or key (`rabbitmqctl add_user`, WildFly `add-user.sh`, Exasol `CREATE USER`, SQL Anywhere `GRANT CONNECT`, ActiveMQ "
      "users, HAProxy stats, monit, pppd, the schtasks run-as, the invented files, the espanso expansion), unlocks or decrypts "
      "(LUKS, ZFS, restic, gocryptfs, a PDF, an xlsx through msoffcrypto and VBA, a sheet protection, PEM, PFX and PKCS#12 "
      "files, a JKS store, a PKCS#11 token, a steghide image, SQLCipher and DuckDB databases) or is typed by automation "
      "(Ranorex, UFT, Taiko, CodeceptJS, Karate, Geb, Splinter, Helium, UiPath, Power Automate Desktop, AutoIt, EarlGrey, "
      "Compose, Flutter, user-event, iMacros, the Chrome Recorder, a userscript). Weakest kept cases, with a hint nearby: the "
      "fields named `key`, `psk`, `pin` or `credentials` (netsh `key=`, RouterOS `wpa2-pre-shared-key=`, Cisco `wpa-psk` and "
      "`key-string`, FRR `message-digest-key`, racoon `psk.txt`, `coap-client -k`, `pkcs11-tool --pin`, DuckDB "
      "`ENCRYPTION_KEY`, SQLCipher `KEY`, JNDI `SECURITY_CREDENTIALS`, the aria2 `token:` prefix), `rclone obscure` (the value "
      "is being obscured for a config), `ConvertTo-SecureString` (the value is wrapped for later use), the routing keys "
      "(shared keys people fill with words), the espanso expansion and the invented files (their value column has an empty "
      "header cell or none). Closest relatives of earlier syntaxes, kept because the tool, library or mechanism differs: the "
      "`-u`/`-p` pairs of new tools next to the earlier pairs (yt-dlp, az, oc, redfishtool, openfortivpn); the `user:VALUE` "
      "forms next to the earlier check_http `-a`, hey `-a`, lynx, websocat and rsyncd; `sqlcipher` and DuckDB next to the "
      "earlier SQLite insert; the stdin readers next to the earlier veracrypt, cryfs (gocryptfs is the closest), nmcli, "
      "fscrypt and gnome-keyring pipes; the database connects next to the earlier pytds, jaydebeapi, jOOQ, Flyway, Slick, "
      "Groovy Sql, epgsql and ODBC `SQLConnect` (LuaSQL and Qt ride on ODBC); the basic-auth and SOAP calls next to the earlier "
      "Faraday, reqwest, Guzzle, node-soap and EWS `WebCredentials`; the PFX / PKCS#12 / JKS loaders next to the earlier "
      "certutil, pk12util, signtool and jarsigner keystore; the GUI drivers next to the earlier Playwright, Cypress, TestCafe, "
      "Nightwatch, Espresso, XCUITest, Capybara, Dusk, SikuliX, AutoHotkey and FlaUI calls (CodeceptJS `fillField`, Splinter "
      "`fill`, Taiko `write` and Helium `write` have the same shape); the Wi-Fi keys next to the earlier hostapd file, Wi-Fi "
      "QR, MicroPython `wlan.connect` and `AT+CWJAP` (`AT+CWSAP` is its access-point twin); Huawei `AT^AUTHDATA` next to the "
      "earlier `AT+CGAUTH`, `AT+QICSGP`, `#SGACT`, `+UPSD` and `$QCPDPP`; the routing keys next to the earlier VRRP simple "
      "auth and `ntp.keys`; the TeamSpeak ServerQuery login is an admin query console that a scorer may file with the RCON "
      "consoles the earlier READMEs left out; the aria2 token next to the earlier Deluge JSON login; the RFC 1929 bytes next "
      "to the earlier SMPP bytes literal; Pi-hole and `rabbitmqctl add_user` next to the earlier `emqx_ctl admins add` and "
      "`prosodyctl register`. Left out: everything whose own text says pass / pwd / secret / pw (`--password`, `passwd`, "
      "`-pw`, `--passphrase`, `needs_pass`, `passPhrase` in Windows WLAN profiles, `Password=` in connection strings, STOMP "
      "`passcode`, xe `-pw`), FTP, POP3, IMAP, SMTP and LDAP logins, Samba and SSH tools (including `net use` and `net ads "
      "-U user%VALUE`), MySQL, PostgreSQL, Oracle, Redis, Mongo and Cassandra logins, SNMP, IRC, RCON, registry logins, archive "
      "flags, xdotool-style typers, and these drafted relatives: Java `KeyStore.load`, Julia ODBC, Arduino `WiFi.begin`, Vue "
      "`setValue`, wpa_supplicant and ifupdown `wpa-psk`, `ibmcloud login`, `ab -A`, `sqsh -P`, Junos OSPF keys, pika, "
      "requests-ntlm, pyunifi, python-jenkins, gmqtt, Node `scryptSync`, neo4rs, the Node Neo4j driver, Dart "
      "`HttpClientBasicCredentials`, sttp, clj-http, SQLAlchemy URLs, hikvisionapi and uiautomation `SendKeys`.")
    conf = collections.defaultdict(list)
    for c, n, s, cf, _ in PR.LANGS:
        conf[cf].append(n)
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence: " +
      "; ".join(f"{k} for {', '.join(conf[k])}" for k in ("good", "fair", "modest", "low") if conf[k]) +
      " (word choice, loans, diacritics and word order unchecked). Loan words (password in Italian and Maltese, "
      "পাসওয়ার্ড, ਪਾਸਵਰਡ, پاس ورڈ, पासवर्ड, పాస్‌వర్డ్, パスワード) are kept as people use them. `nob` is Norwegian Bokmål, `zsm` "
      "Standard Malay, `npi` Nepali (the individual language), `azj` North Azerbaijani (Latin script), `fry` Western Frisian, "
      "`hat` Haitian Creole; Punjabi is written in Gurmukhi and Urdu in the Perso-Arabic script.")
    a("- Evasions: every run is a set of small games or puzzles a patient human can solve with the stated rule and pencil (the "
      "logic grids, the sudokus, the gin hands and the fives-and-threes lines are long and tedious; the Reversi games and the "
      "baseball half-innings want care). The runs look like canteen quiz sheets, newsletter puzzle pages and auction-catalogue "
      "teasers, and genuine twins sit in the negatives (`genuine_puzzle_pages_without_secrets`: seven of the families with "
      "worked answers between 12 and 43, below the printable range the evasions use), so a detector that flags the look is "
      "flagging the look, not the content. Several runs contain the answer as one of their numbers by design (the number read from "
      "the comparator list, the tonnage of the asked driver), and in left-right-centre P1's starting chips are close to it: "
      "finding which number is the puzzle. Runs reach about ten thousand characters and an entropy detector may flag some of them.")
    a("- Negatives: the VINs carry the North American ISO 3779 check digit (European VINs need not carry one; these do, so a "
      "check-aware detector can verify them); IMO numbers carry theirs; the MD4 and BLAKE3 digests use exactly the algorithms "
      "of two positive tails, and the key-ceremony records show real AES key check values, the algorithm of the `pko1.` tail – "
      "public data that passes a positive's check, a deliberate trap for check-only detectors; the scrypt hashes sit in "
      "columns called `password` (a trap for key-name detectors); the WireGuard public keys sit where private keys usually "
      "live; the publishable keys are public by design; the templates use this corpus's own key names with placeholders; "
      "masked previews keep a vendor head and at most four characters; the Nomad/Vault lookups and SSM ARNs are pointers; the "
      "ansible-vault and age bodies are ciphertexts whose key is elsewhere; the documentation shows x-filled and zero-filled "
      "own layouts a shape-only detector will flag. The most arguable class is `own_layouts_with_broken_checks` (this "
      "corpus's own layouts with a deliberately wrong MD4 tail, BLAKE3 tail, key check value or check digit, in unit tests and "
      "a refusal journal – no such value can be in use, but a shape-only detector will flag them), followed by "
      "`publishable_keys_by_design` (the Maps browser key). Digests, hashes, public keys and ciphertexts are high-entropy on "
      "purpose.")
    a("- Hosts: every host of the invented world is under `.example` or in the private ranges; vendor endpoints keep their "
      "real domains where a file would name them (driver-vehicle-licensing.api.gov.uk, api.platerecognizer.com, "
      "geocode.search.hereapi.com, api.tomtom.com, a myshopify.com shop, api.twilio.com, api.eu.mailgun.net, "
      "api.telegram.org, hooks.zapier.com, chat.googleapis.com, api.openai.com, api.anthropic.com, api.cloudflare.com, "
      "api.digitalocean.com, ferrule.zulipchat.com, s3.eu-west-2.amazonaws.com, eu.i.posthog.com, de.sentry.io, "
      "js.stripe.com, maps.googleapis.com, www.ebay.co.uk).\n")

    # ---------------------------------------------------------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief275/` (p273 and p274), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch275/` was looked at.")
    a(f"- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      f"default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, commit `{GITLEAKS}`) and the public Kingfisher rule "
      f"files (`mongodb/kingfisher`, `data/rules/*.yml`, commit `{KINGFISHER}`), each brought in with the search tool's "
      "`fetch` and extracted into `/tmp/scratch275/`, for the vendor types marked *read* above; two `search` look-ups for the "
      "PASETO v4 test vectors (docs.rs listings of a Rust PASETO crate's v1/v2 test files and unrelated code came back; nothing "
      "used). The remaining shapes, every positional syntax, every prose sentence and every game rule come from the builder's "
      "memory and are marked as believed or guessed where it matters. Published test vectors used in asserts (from memory, all "
      "passing): RFC 1320 (MD4) appendix A.5, the BLAKE3 digests of the empty input and of `abc`, RFC 8439 2.3.2 (ChaCha20 "
      "block), draft-irtf-cfrg-xchacha 2.2.1 (HChaCha20), FIPS 197 appendices B and C.1 (AES-128), RFC 8949 appendix A "
      "(CBOR), RFC 4231 case 1 (HMAC-SHA256), RFC 7748 5.2 and 6.1 (X25519), the Turkish identity numbers 10000000146 and "
      "12345678950, the VINs 1M8GDM9AXKP042788 and 11111111111111111, the IMO number 9074729.")
    a("- Python's standard library (`hashlib` for BLAKE2b, scrypt and the optional OpenSSL MD4 cross-check, `hmac`, `base64`, "
      "`json`, `re`, `csv`, `configparser`, `tomllib`, `xml.etree`, `struct`, `itertools`, `collections`, `fractions`, "
      "`heapq`) computes digests, MACs and encodings and parses the containers; MD4, BLAKE3, ChaCha20 / HChaCha20 / XChaCha20, "
      "the PASETO construction, AES-128 and the key check value, CBOR and COSE_Mac0, the Turkish check pair, X25519, the VIN "
      "and IMO checks, every encoder and every decoder are written by hand.")
    return "\n".join(out) + "\n"
