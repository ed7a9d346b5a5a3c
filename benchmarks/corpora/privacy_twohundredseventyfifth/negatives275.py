"""Hard negatives of p275: 20 classes x 11 records from the same world, holding no credential."""
import base64
import hashlib
import json
import random

import common275 as C
import enc275
import world275 as W

SEED = 27506
WRAPPERS = [
    ("", None),
    ("__forwarded_by_yard_whatsapp", "Forwarded from the yard group - reference copy only, there are no logins, keys or codes in this:\n{body}"),
    ("__filed_in_dokuwiki_reference", "====== Reference copy (no credentials) ======\nFiled for reference only; nothing below is a login, key or token.\n<code>\n{body}</code>\n"),
    ("__pinned_on_weighbridge_noticeboard", "NOTICEBOARD - FOR REFERENCE. This sheet holds no passwords or access codes.\n---\n{body}---\n"),
]

# material kept in memory so the checks can recompute what the negatives show
KEPT = {"digests": {}, "scrypt": {}, "x25519": {}, "kcv": {}}

CLASSES = []  # (class, (kind0, kind1), description)
GEN = {}


def klass(name, kinds, desc):
    def deco(fn):
        CLASSES.append((name, kinds, desc))
        GEN[name] = fn
        return fn
    return deco


VIN_CH = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
WMIS = {"SAJ": "Jaguar", "WVW": "Volkswagen", "VF1": "Renault", "SJN": "Nissan", "WBA": "BMW", "YV1": "Volvo",
        "TMB": "Skoda", "ZFA": "Fiat", "WF0": "Ford", "NM0": "Ford", "VF3": "Peugeot", "SAL": "Land Rover",
        "JMZ": "Mazda", "KNA": "Kia", "U5Y": "Kia"}


def vin(rng):
    while True:
        body = rng.choice(sorted(WMIS)) + C.rand_str(rng, VIN_CH, 5) + "0" + rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + \
            rng.choice(VIN_CH) + C.rand_str(rng, C.DIGITS, 6)
        v = body[:8] + C.vin_check_char(body) + body[9:]
        if C.vin_ok(v):
            return v


def vrm(rng):
    return rng.choice(["AK", "BX", "FN", "NX", "YT", "LC", "WR", "DG"]) + str(rng.randrange(51, 75)) + " " + C.rand_str(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3)


@klass("vehicle_vins_with_real_check_digits", ("atf_intake_register_csv", "cod_notification_summary_txt"),
       "vehicle identification numbers with their real ISO 3779 check digit (weights 8-2, 10, 0, 9-2, mod 11), registration marks and makes")
def n_vin(rng, kind):
    if kind == 0:
        rows = ["intake_no,vrm,vin,make,depolluted"]
        for _ in range(rng.randrange(4, 8)):
            v_ = vin(rng)
            rows.append(f"CIN{rng.randrange(10000, 99999)},{vrm(rng)},{v_},{WMIS[v_[:3]]},{rng.choice(['yes', 'no'])}")
        return "\n".join(rows) + "\n"
    lines = [f"Certificates of Destruction notified {rng.randrange(1, 28)}/0{rng.randrange(1, 9)}/2025 - ATF Cinderford"]
    for _ in range(rng.randrange(3, 6)):
        lines.append(f"  {vrm(rng)}  VIN {vin(rng)}  CoD ref {rng.randrange(10 ** 7, 10 ** 8)}")
    return "\n".join(lines) + "\n"


def imo(rng):
    d6 = str(rng.randrange(7, 10)) + C.rand_str(rng, C.DIGITS, 5)
    return d6 + C.imo_check(d6)


@klass("ship_imo_numbers_for_breaking", ("shipbreaking_tender_list", "vessel_particulars_sheet"),
       "IMO ship numbers with their real check digit (weights 7-2, mod 10) on ship-recycling tenders and particulars")
def n_imo(rng, kind):
    names = ["MV Caldey Trader", "Humber Pride", "Severn Mariner", "Northern Lass", "Kestrel Bay", "Mersey Voyager"]
    if kind == 0:
        out = ["Tender list - vessels for green recycling (EU Ship Recycling Regulation)"]
        for n in rng.sample(names, 3):
            out.append(f"  {n}  IMO {imo(rng)}  LDT {rng.randrange(1800, 9000)} t  built {rng.randrange(1984, 2002)}")
        return "\n".join(out) + "\n"
    return (f"Vessel particulars\nName: {rng.choice(names)}\nIMO number: IMO {imo(rng)}\nFlag: {rng.choice(['Malta', 'Panama', 'Liberia'])}\n"
            f"Lightship: {rng.randrange(1800, 9000)} t\nInventory of hazardous materials: attached (IHM part I)\n")


@klass("md4_and_blake3_release_digests", ("firmware_b3sum_listing", "parts_photo_md4_manifest_csv"),
       "real BLAKE3 and MD4 digests (the hashes of the hwb_ and cpl_ tails) of random stand-in files")
def n_dig(rng, kind):
    if kind == 0:
        out = []
        for f in ["gate-barrier-2.4.1.bin", "anpr-agent-1.9.0.tar.gz", "kiosk-image-2025.06.img", "canlogger-0.8.3.hex"]:
            data = C.rand_bytes(rng, 64)
            d = C.blake3(data).hex()
            KEPT["digests"][d] = ("blake3", data)
            out.append(f"{d}  {f}")
        return "\n".join(out) + "\n"
    rows = ["file,md4,bytes"]
    for i in range(rng.randrange(3, 6)):
        data = C.rand_bytes(rng, 48)
        d = C.md4(data).hex()
        KEPT["digests"][d] = ("md4", data)
        rows.append(f"lot{rng.randrange(1000, 9999)}_{i}.jpg,{d},{rng.randrange(200000, 900000)}")
    return "\n".join(rows) + "\n"


def scrypt_hash(rng):
    pw = C.rand_bytes(rng, 12)
    salt = C.rand_str(rng, C.ALNUM, 22)
    h = hashlib.scrypt(pw, salt=salt.encode(), n=16384, r=8, p=1, dklen=64)
    s = f"scrypt$16384${salt}$8$1${base64.b64encode(h).decode()}"
    KEPT["scrypt"][s] = pw
    return s


@klass("scrypt_hashes_in_password_columns", ("parts_shop_auth_user_dump", "kiosk_operator_table_csv"),
       "real Django-style scrypt password hashes of discarded random inputs, in columns called password")
def n_scrypt(rng, kind):
    if kind == 0:
        out = ["parts=> SELECT id, username, password FROM auth_user LIMIT 3;", " id | username | password", "----+----------+---------"]
        for i in range(3):
            out.append(f" {i + 1} | {W.login_of(W.person(rng))} | {scrypt_hash(rng)}")
        return "\n".join(out) + "\n"
    rows = ["operator_id,name,password,last_login"]
    for _ in range(2):
        rows.append(f"OP{rng.randrange(100, 999)},{W.person(rng)},{scrypt_hash(rng)},2025-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}")
    return "\n".join(rows) + "\n"


def wg_pub(rng):
    priv = C.rand_bytes(rng, 32)
    pub = base64.b64encode(C.x25519_pub(priv)).decode()
    KEPT["x25519"][pub] = priv
    return pub


@klass("wireguard_peer_public_keys", ("wg_showconf_peer_sections", "nomad_mesh_inventory_yaml"),
       "WireGuard peer public keys, real X25519 points computed by hand from discarded private scalars (no private key shown)")
def n_wg(rng, kind):
    if kind == 0:
        out = ["# wg showconf wg0 (interface section removed)"]
        for _ in range(rng.randrange(2, 4)):
            out.append(f"[Peer]\nPublicKey = {wg_pub(rng)}\nAllowedIPs = {W.host10(rng)}/32\nEndpoint = {W.host192(rng)}:51820\nPersistentKeepalive = 25")
        return "\n".join(out) + "\n"
    out = ["mesh:"]
    for n in ("nuc-1", "nuc-2", "nuc-3"):
        out.append(f"  - node: {n}\n    address: {W.host10(rng)}\n    wg_public_key: {wg_pub(rng)}")
    return "\n".join(out) + "\n"


@klass("publishable_keys_by_design", ("shop_checkout_page_head_html", "lotcam_app_remote_config_json"),
       "public by design: Stripe pk_live_ keys, a referrer-restricted Google Maps browser key (same AIza shape as a labelled secret), PostHog phc_ project keys, Algolia search-only keys with their app id, Sentry DSN public keys")
def n_pub(rng, kind):
    pk = "pk_live_" + C.rand_str(rng, C.ALNUM, 99)
    maps = "AIza" + C.rand_str(rng, C.B64URL, 35)
    phc = "phc_" + C.rand_str(rng, C.ALNUM, 43)
    if kind == 0:
        return (f"<head>\n  <script src=\"https://js.stripe.com/v3/\"></script>\n  <script>const stripe = Stripe(\"{pk}\");</script>\n"
                f"  <script src=\"https://maps.googleapis.com/maps/api/js?key={maps}&callback=initMap\" async></script>\n"
                f"  <script>posthog.init('{phc}', {{api_host: 'https://eu.i.posthog.com'}})</script>\n</head>\n")
    d = {"algolia": {"appId": C.rand_str(rng, C.UPPER_ALNUM, 10), "searchOnlyKey": C.rand_str(rng, C.LOWER_HEX, 32)},
         "sentryDsn": f"https://{C.rand_str(rng, C.LOWER_HEX, 32)}@o{rng.randrange(100000, 999999)}.ingest.de.sentry.io/{rng.randrange(1000000, 9999999)}",
         "stripePublishableKey": pk}
    return json.dumps(d, indent=2) + "\n"


@klass("templates_with_corpus_key_names", ("env_example_dist", "helm_values_schema_defaults"),
       "this corpus's own key names with placeholders: <changeme>, empty values, ${VAR}, {{ .Values }} and x-filled layouts")
def n_tpl(rng, kind):
    if kind == 0:
        return (f"# copy to .env and fill in (template rev {rng.randrange(2, 60)}, {W.person(rng)})\nWEIGHBRIDGE_SUPERVISOR_PASSWORD=<changeme>\nPARTS_LOCATOR_API_KEY=cpl_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx\n"
                "WEIGHBRIDGE_SYNC_TOKEN=\nPAYOUT_TERMINAL_KEY=${PAYOUT_TERMINAL_KEY:?set in vault}\nSCANNER_ACTIVATION_CODE=SID-XXX-XXX-XXX-XX\n"
                f"AUCTION_BIDDER_TOKEN=v4.local.<token from auction login>\nSITE={rng.choice(['harrowby', 'cinderford', 'tarbrook'])}\n")
    return (f"# values.yaml defaults - override per site (chart {rng.randrange(1, 4)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)})\nkiosk:\n  payoutTerminalKey: \"{{{{ .Values.global.payoutKey }}}}\"\n  replicas: {rng.randrange(1, 4)}\n"
            "telematics:\n  token: \"\"  # injected at deploy\n  endpoint: https://api.ferrule.example/telemetry\n"
            "xrf:\n  adminPassword: CHANGE_ME\n")


@klass("masked_credential_previews", ("vendor_console_key_listing", "support_ticket_masked_quote"),
       "masked previews that keep a vendor head and at most four characters")
def n_mask(rng, kind):
    if kind == 0:
        return (f"API keys\n  Name           Key                       Created\n  parts-sync     sk_live_••••••••••••{C.rand_str(rng, C.ALNUM, 4)}   2025-0{rng.randrange(1, 9)}-0{rng.randrange(1, 9)}\n"
                f"  lot-vision     ••••••••••••{C.rand_str(rng, C.ALNUM, 4)}       2025-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}\n"
                f"  yard-bot       xoxb-****-****-{C.rand_str(rng, C.ALNUM, 4)}       2024-1{rng.randrange(0, 2)}-2{rng.randrange(0, 9)}\n")
    return (f"Ticket #{rng.randrange(4000, 9000)} - {W.person(rng)} wrote:\n> the key starting cpl_**** ending {C.rand_str(rng, C.LOWER_HEX, 4)} stopped working\n"
            f"Support: we never ask for the full key; the masked value pko1.****************.**** is all we need to see.\n")


@klass("secret_manager_references", ("nomad_vault_template_stanza", "aws_ssm_parameter_arn_listing"),
       "pointers to a secret store: Nomad/Vault template lookups and SSM parameter ARNs")
def n_ref(rng, kind):
    if kind == 0:
        return (f"# job {rng.choice(['tickets', 'parts-sync', 'auction', 'kiosk-api'])}, revision {rng.randrange(2, 90)}\n" + "template {\n  data = <<EOH\nPARTS_LOCATOR_API_KEY={{ with secret \"kv/data/yard/parts\" }}{{ .Data.data.locator_key }}{{ end }}\n"
                "WEIGHBRIDGE_SYNC_TOKEN={{ with secret \"kv/data/yard/weighbridge\" }}{{ .Data.data.sync_token }}{{ end }}\nEOH\n"
                "  destination = \"secrets/env\"\n  env = true\n}\n")
    acct = rng.randrange(10 ** 11, 10 ** 12)
    return (f"$ aws ssm describe-parameters --query 'Parameters[].Name'\n[\n  \"/yard/harrowby/kiosk/payout-terminal-key\",\n"
            f"  \"/yard/tarbrook/auction/paseto-key\"\n]\nARN arn:aws:ssm:eu-west-2:{acct}:parameter/yard/harrowby/kiosk/payout-terminal-key (SecureString)\n")


@klass("ansible_vault_and_age_ciphertexts", ("ansible_vault_encrypted_file", "age_armored_message"),
       "ciphertexts whose key is elsewhere: ansible-vault 1.1 AES256 bodies and ASCII-armoured age files (random in frame)")
def n_cipher(rng, kind):
    if kind == 0:
        body = C.rand_bytes(rng, 32).hex() + "\n" + C.rand_bytes(rng, 32).hex() + "\n" + C.rand_bytes(rng, 96).hex()
        hx = body.encode().hex()
        lines = [hx[i:i + 80] for i in range(0, len(hx), 80)]
        return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"
    b = base64.b64encode(C.rand_bytes(rng, 180)).decode()
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END AGE ENCRYPTED FILE-----\n"


@klass("vendor_docs_with_dummy_keys", ("parts_api_quickstart_markdown", "openapi_security_scheme_example"),
       "documentation with YOUR_API_KEY, <token>, x-filled and zero-filled layouts of vendor and own formats")
def n_docs(rng, kind):
    if kind == 0:
        return (f"## Quick start (v{rng.randrange(1, 4)}.{rng.randrange(0, 12)})\n\n1. Ask the studio for a key; it looks like `cpl_` + 32 characters + `_` + 8 hex.\n"
                "2. Call the locator:\n\n```\ncurl -H \"Authorization: Bearer YOUR_API_KEY\" https://parts.cinderford-autos.example/api/locate?q=gearbox\n```\n\n"
                "Example key (not valid): `cpl_00000000000000000000000000000000_00000000`\n")
    return (f"openapi: 3.0.{rng.randrange(0, 4)}\ninfo:\n  title: {rng.choice(['Auction', 'Telemetry', 'Lots'])} API\n  version: {rng.randrange(1, 9)}.{rng.randrange(0, 9)}\n" + "components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      description: |\n"
            "        Send the bidder token (a PASETO v4.local string, e.g. v4.local.<token>) as a bearer token.\n"
            "        Telemetry uses a CWT; sample value: <base64url COSE_Mac0>\n")


@klass("yard_handbook_login_prose", ("yard_induction_handbook_page", "toolbox_talk_minutes_txt"),
       "handbook and toolbox-talk prose about passwords and codes, with no value")
def n_prose(rng, kind):
    if kind == 0:
        return (f"Section {rng.randrange(4, 12)} - Computers and codes ({rng.choice(['Harrowby', 'Cinderford', 'Tarbrook'])} edition)\nEvery operator gets their own login for the weighbridge and the kiosk. Never share it, never write it "
                "on the cabin wall, and change it when the office asks you to. The gate keypad code changes every month; the office will tell you "
                "the new one in person, not by text.\n")
    return (f"Toolbox talk {rng.randrange(1, 28)}/0{rng.randrange(1, 9)} - attendees: {', '.join(rng.sample(W.PEOPLE, 3))}\n"
            "1. Someone left the baler engineer login on a sticky note again. Notes binned; engineer asked to set a new one.\n"
            "2. Reminder: the password manager is the only place logins live.\n")


def _broken(rng, which):
    if which == 0:
        body = C.rand_str(rng, C.BASE62, 32)
        good = C.md4(body.encode())[:4].hex()
        bad = good[:-1] + ("0" if good[-1] != "0" else "1")
        return "cpl_" + body + "_" + bad
    if which == 1:
        body = C.rand_str(rng, C.BASE62, 28)
        good = C.blake3(body.encode())[:5].hex()
        return "hwb_" + body + "." + good[::-1] if good[::-1] != good else "hwb_" + body + ".0000000000"
    if which == 2:
        k = C.rand_bytes(rng, 16)
        kcv = C.aes_kcv(k)
        return "pko1." + k.hex().upper() + "." + bytes(x ^ 0x5A for x in kcv).hex().upper()
    d9 = str(rng.randrange(1, 10)) + C.rand_str(rng, C.DIGITS, 8)
    good = C.tckn_digits(d9)
    bad = good[0] + str((int(good[1]) + 3) % 10)
    return f"SID-{d9[0:3]}-{d9[3:6]}-{d9[6:9]}-{bad}"


@klass("own_layouts_with_broken_checks", ("licence_check_unit_tests_py", "activation_refusal_journal"),
       "this corpus's own cpl_ / hwb_ / pko1. / SID- layouts with a wrong MD4 tail, BLAKE3 tail, key check value or check digit")
def n_broken(rng, kind):
    vals = [_broken(rng, w) for w in range(4)]
    if kind == 0:
        return ("import pytest\nfrom yardkeys import verify\n\nBAD = [\n" + "".join(f"    \"{v}\",\n" for v in vals) +
                "]\n\n\n@pytest.mark.parametrize(\"value\", BAD)\ndef test_rejects_broken_check(value):\n    assert not verify(value)\n")
    return "".join(f"2025-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}T0{rng.randrange(0, 9)}:12:0{i}Z refused {v} (check failed)\n" for i, v in enumerate(vals))


@klass("weighbridge_tickets_and_tares", ("weighbridge_ticket_reprint", "daily_tonnage_csv"),
       "weighbridge tickets and daily tonnage exports: gross, tare, nett, grades, vehicle marks")
def n_ticket(rng, kind):
    if kind == 0:
        g = rng.randrange(9000, 32000); t = rng.randrange(3000, g - 1000)
        return (f"REPRINT  Ticket {rng.randrange(100000, 999999)}\nVehicle {vrm(rng)}\nGross {g} kg  Tare {t} kg  Nett {g - t} kg\n"
                f"Grade {rng.choice(['light iron', 'HMS 1&2', 'cast iron', 'No.2 copper wire'])}\nOperator {W.person(rng)}\n")
    rows = ["date,tickets,nett_kg,top_grade"]
    for d in range(1, rng.randrange(4, 8)):
        rows.append(f"2025-06-0{d},{rng.randrange(20, 90)},{rng.randrange(40000, 200000)},{rng.choice(['light iron', 'heavy steel', 'ali cans'])}")
    return "\n".join(rows) + "\n"


@klass("waste_transfer_and_ewc_references", ("waste_transfer_note_txt", "ewc_code_register_csv"),
       "waste transfer notes, European Waste Catalogue codes and waste carrier registration numbers")
def n_ewc(rng, kind):
    if kind == 0:
        return (f"WASTE TRANSFER NOTE  No. WTN-{rng.randrange(10000, 99999)}\nEWC code: 16 01 04* (end-of-life vehicles)\n"
                f"Carrier registration: CBDU{rng.randrange(100000, 999999)}\nPermit: EPR/{C.rand_str(rng, 'ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{rng.randrange(1000, 9999)}\n"
                f"Quantity: {rng.randrange(2, 30)} vehicles, depolluted\nSigned: {W.person(rng)}\n")
    rows = ["ewc,description,hazardous", "16 01 04*,end-of-life vehicles,yes", "16 01 06,depolluted end-of-life vehicles,no",
            "16 01 07*,oil filters,yes", "17 04 05,iron and steel,no", "16 06 01*,lead batteries,yes"]
    body = rows[1:]
    rng.shuffle(body)
    body = body[:rng.randrange(3, 6)]
    return "\n".join(rows[:1] + body) + f"\n# register checked {rng.randrange(1, 28)}/0{rng.randrange(1, 9)}/2025 by {W.person(rng)}\n"


@klass("scrap_metal_grade_price_boards", ("yard_price_board_txt", "metal_price_digest_email"),
       "price boards and price digests for grades of scrap")
def n_price(rng, kind):
    grades = ["bright copper wire", "No.2 copper", "brass", "lead", "ali cast", "stainless 304", "catalytic converters (per unit)", "car batteries"]
    if kind == 0:
        return "TODAY'S PRICES (per kg, cash-free)\n" + "".join(f"  {g:<32} £{rng.randrange(1, 900) / 100:.2f}\n" for g in rng.sample(grades, 5))
    return (f"Subject: Weekly metals digest\n\nLME copper ${rng.randrange(8000, 10500)}/t, aluminium ${rng.randrange(2000, 2700)}/t, "
            f"lead ${rng.randrange(1800, 2300)}/t.\nYard buying prices follow the LME with a two-day lag.\n")


@klass("salvage_lot_catalogue_entries", ("salvage_auction_lot_listing", "lot_photo_manifest_json"),
       "salvage auction lots: categories, damage, reserve prices, photo manifests")
def n_lot(rng, kind):
    if kind == 0:
        return "".join(f"Lot {rng.randrange(100, 999)}  {rng.choice(['Ford Focus', 'VW Polo', 'Nissan Qashqai', 'Transit van', 'Bayliner 175'])}  "
                       f"Cat {rng.choice(['S', 'N'])}  {rng.choice(['front impact', 'flood', 'theft recovered', 'rear impact'])}  reserve £{rng.randrange(300, 6000)}\n"
                       for _ in range(rng.randrange(3, 6)))
    d = {"lot": rng.randrange(100, 999), "photos": [f"lot_{i}_{C.rand_str(rng, 'abcdefghjkmnpqrstuvwxyz', 4)}.jpg" for i in range(4)],
         "graded_by": W.person(rng), "category": rng.choice(["S", "N"])}
    return json.dumps(d, indent=2) + "\n"


PUZZLE_LABEL = {
    "reversi_flanked_disc_turnovers": "Reversi from the usual start, Black first: how many discs were turned over?",
    "baseball_halfinning_home_crossings": "baseball half-innings: how many runs?",
    "bridge_torch_crossing_minutes": "bridge and torch, two at a time: fewest minutes?",
    "rightdown_lattice_trek_count": "grid walk, right or down only, # blocked: how many ways?",
    "huffman_combine_codeword_bits": "Huffman: keep adding the two smallest counts, total of the sums?",
    "sextet_sudoku_starred_cells": "6x6 sudoku: sum of the bracketed cells?",
    "carryover_skins_jackpot": "skins with carry-overs: what did A win?",
}


def _genuine_puzzle(rng, which):
    fams = ["reversi_flanked_disc_turnovers", "baseball_halfinning_home_crossings", "bridge_torch_crossing_minutes",
            "rightdown_lattice_trek_count", "huffman_combine_codeword_bits", "sextet_sudoku_starred_cells", "carryover_skins_jackpot"]
    fam = fams[which % len(fams)]
    ans = rng.randrange(12, 44)
    return fam, enc275.ENC[fam](ans, rng), ans


@klass("genuine_puzzle_pages_without_secrets", ("canteen_quiz_answer_sheet", "newsletter_puzzle_solutions"),
       "genuine puzzles of seven of this corpus's evasion families (reversi, baseball, bridge and torch, lattice, Huffman, sudoku, skins) with their worked answers, carrying nothing")
def n_puz(rng, kind):
    out = ["Canteen quiz - answers" if kind == 0 else "Last month's puzzles - solutions"]
    for k in range(2):
        fam, p, a = _genuine_puzzle(rng, rng.randrange(7))
        out.append(f"Q{k + 1} ({PUZZLE_LABEL[fam]}). {p}\n    Answer: {a}")
    return "\n".join(out) + "\n"


@klass("uuid4_job_and_delivery_ids", ("parts_sync_job_log", "ebay_notification_delivery_json"),
       "UUIDv4 job ids, delivery ids and idempotency keys")
def n_uuid(rng, kind):
    if kind == 0:
        return "".join(f"2025-06-1{rng.randrange(0, 9)}T0{rng.randrange(0, 9)}:0{i}:11Z job={C.uuid4(rng)} status={rng.choice(['ok', 'retry', 'ok'])} items={rng.randrange(1, 80)}\n"
                       for i in range(rng.randrange(3, 6)))
    return json.dumps({"notificationId": C.uuid4(rng), "topic": "ITEM_SOLD", "idempotencyKey": C.uuid4(rng),
                       "data": {"itemId": str(rng.randrange(10 ** 11, 10 ** 12)), "seller": "cinderford-parts"}}, indent=2) + "\n"


def kcv_of_random(rng):
    k = C.rand_bytes(rng, 16)
    v = C.aes_kcv(k).hex().upper()
    KEPT["kcv"][v] = k
    return v


@klass("key_check_value_ceremony_records", ("hsm_key_ceremony_minutes", "terminal_key_loading_log"),
       "key-ceremony minutes and key-loading logs that show only real AES key check values (the keys stay in the HSM)")
def n_kcv(rng, kind):
    if kind == 0:
        a, b = rng.sample(W.PEOPLE, 2)
        return (f"Key ceremony - payout kiosks - {rng.randrange(1, 28)}/0{rng.randrange(1, 9)}/2025\nComponent 1 held by {a}: KCV {kcv_of_random(rng)}\n"
                f"Component 2 held by {b}: KCV {kcv_of_random(rng)}\nCombined terminal master key loaded to KIOSK{rng.randrange(1, 4)}, KCV {kcv_of_random(rng)}\n")
    return "".join(f"[keyload] kiosk=K{i} slot={rng.randrange(0, 8)} kcv={kcv_of_random(rng)} result=OK\n" for i in range(1, rng.randrange(3, 5)))


def generate(reg, forbid_check):
    """forbid_check(text) -> list of problems; a negative is redrawn until it has none."""
    rng = random.Random(SEED)
    for k in KEPT:
        KEPT[k].clear()
    recs, seen = [], set()
    for cname, kinds, _ in CLASSES:
        for i in range(11):
            kind = i % 2
            wrap, tpl = WRAPPERS[i % 4]
            for _ in range(200):
                body = GEN[cname](rng, kind)
                text = body if tpl is None else tpl.replace("{body}", body)
                if text not in seen and not forbid_check(text):
                    break
            else:
                raise RuntimeError(f"negative {cname} {forbid_check(text)}")
            seen.add(text)
            recs.append({"class": cname, "container": kinds[kind] + wrap, "text": text, "source": "negative"})
    return recs
