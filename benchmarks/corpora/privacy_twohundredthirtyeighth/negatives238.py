"""Hard negatives of the photographers' world: no secret, but look like they might hold one."""
import base64
import hashlib
import hmac
import json
import random

from common238 import (HOSTS, USERS, STUDIO_NAMES, rs, uuid4, rbytes, b64u_nopad, gs1_check, upca_check, aba_check,
                       PW_FORM_IN_TEXT, UUID_ANY, UUID_V4, JWT_ANY)

SEED = 23806

# ---- bech32 (for the public age recipient) ----------------------------------------------
B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_encode(hrp, data_bytes):
    acc, bits, data = 0, 0, []
    for b in data_bytes:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(B32[d] for d in data + chk)


def bech32_ok(s):
    hrp, _, rest = s.rpartition("1")
    if not hrp or any(c not in B32 for c in rest):
        return False
    return _polymod(_hrp_expand(hrp) + [B32.index(c) for c in rest]) == 1


# ---- helpers ------------------------------------------------------------------------------
def _date(r):
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _ean_like(r, prefix):
    body = prefix + rs(r, "dig", 12 - len(prefix))
    return body + gs1_check(body)


def _aba(r):
    d8 = rs(r, "dig", 8)
    return d8 + aba_check(d8)


def _upca(r):
    d11 = "0" + rs(r, "dig", 10)
    return d11 + upca_check(d11)


def _fname(r):
    return r.choice(["DSC", "IMG", "_Z6A", "R5A", "XT5F"]) + f"{r.randint(1000, 9999)}"


# ---- base kinds -----------------------------------------------------------------------------
def gear_insurance_schedule(r):
    rows = []
    for _ in range(r.randint(3, 5)):
        item = r.choice(["Nikon Z6 II body", "Canon EOS R5 body", "Sony A7 IV body", "Fujifilm X-T5 body",
                         "RF 70-200mm f/2.8", "Z 24-70mm f/2.8 S", "FE 85mm f/1.4 GM", "Profoto B10X", "Godox AD600Pro"])
        rows.append(f"| {item} | {rs(r, 'dig', r.choice([7, 8, 9]))} | {_date(r)} | £{r.randint(300, 3200)} |")
    return ("Studio equipment schedule – policy SHP-{0}\n| Item | Serial | Purchased | Value |\n|---|---|---|---|\n".format(rs(r, "dig", 7))
            + "\n".join(rows) + "\nFirmware noted at last service: " + f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}")


def camera_service_repair_ticket(r):
    return (f"Repair ticket RT-2026-{rs(r, 'dig', 5)}\nBody: {r.choice(['Canon EOS R6 Mark II', 'Nikon D850', 'Sony A1', 'Leica Q3'])}, "
            f"serial {rs(r, 'dig', 12)}\nShutter count: {r.randint(40000, 380000):,}\nFault: shutter error Err {r.randint(10, 99)} after "
            f"burst\nParts: shutter unit {rs(r, 'uan', 2)}{rs(r, 'dig', 4)}-{rs(r, 'dig', 3)}\nFirmware {r.randint(1, 2)}.{r.randint(0, 9)}.0 updated")


def exiftool_output_listing(r):
    return (f"ExifTool Version Number         : 13.{r.randint(10, 40)}\nFile Name                       : {_fname(r)}.NEF\n"
            f"Serial Number                   : {rs(r, 'dig', 7)}\nLens Serial Number              : {rs(r, 'dig', 6)}\n"
            f"Image Unique ID                 : {rs(r, 'hex', 32)}\nShutter Count                   : {r.randint(1000, 200000)}\n"
            f"Instance ID                     : xmp.iid:{uuid4(r)}\nGPS Position                    : 51 deg {r.randint(0, 59)}' "
            f"{r.randint(0, 59)}.{r.randint(0, 99)}\" N, 0 deg {r.randint(0, 59)}' {r.randint(0, 59)}.{r.randint(0, 99)}\" W")


def lightroom_metadata_panel_ocr(r):
    return (f"METADATA  Default\nFile Name {_fname(r)}.CR3\nCapture Time {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}\n"
            f"Camera Serial Number {rs(r, 'dig', 12)}\nLens {r.choice(['RF24-70mm F2.8 L IS USM', 'RF85mm F1.2 L USM'])}\n"
            f"Document ID {rs(r, 'HEX', 32)}\nCopyright Status Copyrighted")


def delivery_checksum_manifest(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append(f"{hashlib.sha256(rbytes(r, 64)).hexdigest()}  final/{_fname(r)}.jpg")
    return "# sha256sum -c delivery.sha256\n" + "\n".join(lines)


def duplicate_finder_report_csv(r):
    rows = ["file,phash,md5,size_bytes"]
    for _ in range(r.randint(3, 5)):
        rows.append(f"{_fname(r)}.jpg,{rs(r, 'hex', 16)},{hashlib.md5(rbytes(r, 32)).hexdigest()},{r.randint(800000, 24000000)}")
    return "\n".join(rows)


def lab_roll_intake_log(r):
    rows = []
    for _ in range(r.randint(3, 5)):
        rows.append(f"{_date(r)} | roll {r.randint(1000, 9999)}-{r.randint(10, 99)} | {r.choice(['Portra 400', 'HP5 Plus', 'Ektar 100', 'Tri-X 400', 'Gold 200'])} | "
                    f"{r.choice(['135-36', '120', '135-24'])} | DX {r.randint(1000, 9999)} | {r.choice(['N', '+1', '+2', '-1'])} | env LB{rs(r, 'dig', 6)}")
    return "date | roll | stock | format | DX | push | envelope\n" + "\n".join(rows)


def film_fridge_inventory_sheet(r):
    rows = []
    for _ in range(r.randint(3, 5)):
        rows.append(f"{r.choice(['Portra 160', 'Velvia 50', 'Cinestill 800T', 'Delta 3200', 'Ektachrome E100'])}: qty {r.randint(1, 40)}, "
                    f"emulsion {rs(r, 'dig', 4)} {rs(r, 'dig', 3)} {rs(r, 'dig', 4)}, exp {r.randint(1, 12):02d}/{r.randint(2026, 2029)}")
    return "FILM FRIDGE (shelf 2)\n" + "\n".join(rows)


def print_order_confirmation_email(r):
    return (f"Subject: Your print order #{r.randint(100000, 999999)} has shipped\n\nHi {r.choice(USERS).capitalize()},\n"
            f"order reference {uuid4(r)} left the lab today.\nTracking: 1Z{rs(r, 'uan', 16)}\n"
            f"Gallery: https://{r.choice(HOSTS)}/g/{r.choice(['harper', 'osei', 'lindqvist', 'moreau'])}-wedding-2026\nThanks, the lab team")


def gallery_export_json(r):
    d = {"gallery_id": uuid4(r), "title": f"{r.choice(['Harper', 'Osei', 'Moreau'])} & {r.choice(['Lee', 'Silva', 'Novak'])}",
         "sets": [{"id": uuid4(r), "name": n, "count": r.randint(20, 400)} for n in ["Ceremony", "Portraits", "Reception"]],
         "cover_asset": f"ast_{rs(r, 'lan', 12)}", "created": _date(r)}
    return json.dumps(d, indent=2)


def monitor_calibration_report(r):
    return (f"DisplayCAL verification – {r.choice(['EIZO CS2740', 'BenQ SW272C', 'NEC PA271Q'])} (S/N {rs(r, 'dig', 8)})\n"
            f"Profile: {r.choice(['CS2740', 'SW272C'])}_D65_120cd_{_date(r)}.icc\nWhite point: 6504K  Luminance: {r.randint(100, 160)} cd/m²\n"
            f"Average ΔE2000: {r.randint(20, 90) / 100}  Maximum ΔE2000: {r.randint(90, 300) / 100}\nInstrument: i1Display Pro Plus #{rs(r, 'dig', 7)}")


def icc_profile_header_dump(r):
    return (f"Profile size: {r.randint(3000, 900000)} bytes\nPreferred CMM: lcms\nVersion: 4.3\nDevice class: {r.choice(['mntr', 'prtr', 'scnr'])}\n"
            f"Colour space: RGB  PCS: Lab\nCreated: {_date(r)}\nProfile ID (MD5): {hashlib.md5(rbytes(r, 40)).hexdigest()}")


def photobook_colophon_page(r):
    isbn = _ean_like(r, "978" + r.choice(["1", "0"]))
    return (f"First published {r.randint(2024, 2026)} by {r.choice(STUDIO_NAMES)}\nPhotographs © the photographer\n"
            f"ISBN {isbn}\nPrinted on {r.choice(['Arctic Volume White', 'Munken Pure'])} {r.randint(130, 200)} gsm\nEdition of {r.randint(100, 800)}")


def album_supplier_price_list(r):
    rows = ["SKU,UPC,Description,Price"]
    for _ in range(r.randint(3, 5)):
        rows.append(f"ALB-{rs(r, 'uan', 4)},{_upca(r)},{r.choice(['Linen 12x12', 'Leather 10x10', 'Layflat 8x8'])},{r.randint(40, 380)}.00")
    return "\n".join(rows)


def iptc_core_sidecar_xmp(r):
    return (f"<rdf:Description rdf:about=\"\"\n  photoshop:TransmissionReference=\"JOB-{rs(r, 'dig', 6)}\"\n"
            f"  plus:LicensorID=\"LIC{rs(r, 'dig', 8)}\"\n  xmpMM:DocumentID=\"xmp.did:{uuid4(r)}\">\n"
            f"  <dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">© 2026 {r.choice(STUDIO_NAMES)}</rdf:li></rdf:Alt></dc:rights>\n</rdf:Description>")


def stock_licence_certificate(r):
    return (f"LICENCE CERTIFICATE\nLicence no. {rs(r, 'dig', 10)}\nAsset ID: {rs(r, 'dig', 9)}\nLicensee: {r.choice(STUDIO_NAMES)}\n"
            f"Type: Standard, worldwide, perpetual\nInvoice: INV-{rs(r, 'uan', 8)}")


def booking_page_html_head(r):
    return (f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>const stripe = Stripe('pk_live_51{rs(r, 'an', 97)}');</script>\n"
            f"<div class=\"g-recaptcha\" data-sitekey=\"6L{rs(r, 'b64u', 38)}\"></div>\n"
            f"<script src=\"https://maps.googleapis.com/maps/api/js?key=AIza{rs(r, 'b64u', 35)}&callback=initMap\" async></script>")


def gallery_spa_public_env_js(r):
    mb_payload = b64u_nopad(json.dumps({"u": r.choice(["silverhalide", "goldenhour"]), "a": rs(r, "lan", 25)}, separators=(",", ":")).encode())
    return (f"// public, bundled into the browser build\nexport const PUBLIC_ENV = {{\n  VITE_POSTHOG_KEY: 'phc_{rs(r, 'an', 43)}',\n"
            f"  VITE_MAPBOX_TOKEN: 'pk.{mb_payload}.{rs(r, 'b64u', 22)}',\n  VITE_SENTRY_DSN: 'https://{rs(r, 'hex', 32)}@o{rs(r, 'dig', 6)}.ingest.sentry.io/{rs(r, 'dig', 7)}',\n"
            f"  VITE_LANGFUSE_PUBLIC_KEY: 'pk-lf-{uuid4(r)}',\n}};")


def readme_setup_section(r):
    return (f"## Setup\n\n1. Copy `.env.example` to `.env`.\n2. Set `STRIPE_RESTRICTED_KEY=rk_live_...` (ask the studio owner).\n"
            f"3. Set `SMUGMUG_API_SECRET=<your-smugmug-api-secret>`.\n4. `SENDGRID_API_KEY=SG.xxxxxxxx` is only a placeholder – never commit the real one.\n"
            f"5. Run `make dev` and open http://localhost:{r.randint(3000, 9000)}.")


def env_example_file(r):
    keys = r.sample(["PIXIESET_PASSWORD", "BOOKING_ADMIN_PASSWORD", "DJANGO_SECRET_KEY", "WIREGUARD_PRIVATE_KEY", "ADMIN_TOTP_SEED",
                     "PRINT_QUEUE_JWT", "LAB_ORDER_TOKEN", "GALLERY_WEBHOOK_KEY", "MAILJET_API_SECRET_KEY", "NAS_ADMIN_PASSWORD"], 5)
    vals = ["", "changeme", "<set-me>", "${" + keys[3] + "}", "replace-me"]
    return "# .env.example – copy to .env and fill in\n" + "\n".join(f"{k}={v}" for k, v in zip(keys, vals))


def studio_admin_settings_screenshot_ocr(r):
    return (f"Integrations\nStripe secret key  rk_live_••••••••••••{rs(r, 'an', 4)}  [Reveal]\nSMTP password  ••••••••••  [Change]\n"
            f"Webhook signing secret  {'•' * 20}  [Rotate]\nLast rotated {_date(r)} by {r.choice(USERS)}")


def deploy_log_masked_lines(r):
    return (f"Run ./deploy.sh\n  env:\n    BOOKING_ADMIN_PASSWORD: ***\n    DJANGO_SECRET_KEY: ***\n"
            f"[deploy] pushing image registry.{r.choice(HOSTS)}/booking:{r.randint(100, 999)}\n[deploy] using token ****{rs(r, 'an', 4)} (masked)\n[deploy] done in {r.randint(20, 90)}s")


def k8s_external_secret_yaml(r):
    return (f"apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: gallery-secrets\nspec:\n"
            f"  secretStoreRef:\n    name: studio-vault\n    kind: ClusterSecretStore\n  data:\n    - secretKey: DJANGO_SECRET_KEY\n"
            f"      remoteRef:\n        key: kv/studio/gallery\n        property: django_secret_key\n  refreshInterval: {r.randint(1, 24)}h")


def github_workflow_secret_refs(r):
    return (f"env:\n  PIXIESET_PASSWORD: ${{{{ secrets.PIXIESET_PASSWORD }}}}\n  SENDGRID_API_KEY: op://Studio/SendGrid/credential\n"
            f"  DB_URL: arn:aws:secretsmanager:eu-west-2:{rs(r, 'dig', 12)}:secret:studio/db-{rs(r, 'an', 6)}\n  NAS_ADMIN_PASSWORD: vault:kv/data/studio/nas#admin")


def django_auth_user_dump(r):
    rows = ["id|username|password|is_staff"]
    for i in range(r.randint(2, 4)):
        salt = rs(r, "an", 22)
        h = base64.b64encode(rbytes(r, 32)).decode()
        rows.append(f"{i + 1}|{r.choice(USERS)}|pbkdf2_sha256$870000${salt}${h}|t")
    return "\n".join(rows)


def nextcloud_oc_users_export(r):
    rows = []
    for _ in range(r.randint(2, 4)):
        salt = base64.b64encode(rbytes(r, 16)).decode().rstrip("=")
        h = base64.b64encode(rbytes(r, 32)).decode().rstrip("=")
        rows.append(f"{r.choice(USERS)}\t3|$argon2id$v=19$m=65536,t=4,p=1${salt}${h}")
    return "uid\tpassword\n" + "\n".join(rows)


def sops_encrypted_yaml(r):
    def enc():
        return (f"ENC[AES256_GCM,data:{base64.b64encode(rbytes(r, r.randint(12, 40))).decode()},iv:{base64.b64encode(rbytes(r, 32)).decode()},"
                f"tag:{base64.b64encode(rbytes(r, 16)).decode()},type:str]")
    recipient = bech32_encode("age", rbytes(r, 32))
    return (f"nas_admin_password: {enc()}\ndjango_secret_key: {enc()}\nsops:\n  age:\n    - recipient: {recipient}\n"
            f"  lastmodified: \"{_date(r)}T{r.randint(10, 23)}:{r.randint(10, 59)}:00Z\"\n  version: 3.9.{r.randint(0, 4)}")


def age_armored_backup_note(r):
    blob = b"age-encryption.org/v1\n-> X25519 " + b64u_nopad(rbytes(r, 32)).encode() + b"\n" + rbytes(r, r.randint(90, 160))
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ("Client contracts backup – encrypted to the studio age key, safe to store on the cloud drive:\n"
            "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----")


def wireguard_wg_show_output(r):
    pub = base64.b64encode(rbytes(r, 32)).decode()
    peers = []
    for _ in range(r.randint(1, 3)):
        peers.append(f"peer: {base64.b64encode(rbytes(r, 32)).decode()}\n  preshared key: (hidden)\n  endpoint: 81.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}:51820\n"
                     f"  allowed ips: 10.{r.randint(0, 40)}.0.0/24\n  latest handshake: {r.randint(2, 59)} seconds ago")
    return (f"interface: wg-lab\n  public key: {pub}\n  private key: (hidden)\n  listening port: 51820\n\n" + "\n\n".join(peers))


def ed25519_spki_pem_listing(r):
    der = bytes.fromhex("302a300506032b6570032100") + rbytes(r, 32)
    raw = rbytes(r, 32)
    wire = (11).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + raw
    return ("# gallery webhook verification key (public)\n-----BEGIN PUBLIC KEY-----\n" + base64.b64encode(der).decode() +
            "\n-----END PUBLIC KEY-----\n# deploy key\nssh-ed25519 " + base64.b64encode(wire).decode() + f" deploy@{r.choice(HOSTS)}")


def webhook_delivery_log(r):
    rows = []
    for _ in range(r.randint(2, 3)):
        sig = hmac.new(rbytes(r, 32), rbytes(r, 120), hashlib.sha256).hexdigest()
        rows.append(f"{_date(r)}T{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}Z delivery={uuid4(r)} event=gallery.sale "
                    f"x-signature-256=sha256={sig} status={r.choice([200, 200, 202, 500])} took={r.randint(40, 900)}ms")
    return "\n".join(rows)


def stripe_event_json_excerpt(r):
    d = {"id": "evt_" + rs(r, "an", 24), "object": "event", "type": "checkout.session.completed", "livemode": True,
         "request": {"id": "req_" + rs(r, "an", 14), "idempotency_key": uuid4(r)},
         "data": {"object": {"id": "cs_live_" + rs(r, "an", 58), "amount_total": r.randint(5000, 400000), "currency": "gbp"}}}
    return json.dumps(d, indent=2)


def release_notes_changelog(r):
    rows = []
    for _ in range(r.randint(3, 5)):
        rows.append(f"- {hashlib.sha1(rbytes(r, 20)).hexdigest()} {r.choice(['fix gallery zip export', 'bump pillow', 'add ICC check', 'retry lab upload'])}")
    return f"## v{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)} ({_date(r)})\n" + "\n".join(rows)


def docker_image_inspect_excerpt(r):
    return (f"[\n  {{\n    \"Id\": \"sha256:{hashlib.sha256(rbytes(r, 40)).hexdigest()}\",\n    \"RepoDigests\": [\n"
            f"      \"registry.{r.choice(HOSTS)}/booking@sha256:{hashlib.sha256(rbytes(r, 40)).hexdigest()}\"\n    ],\n"
            f"    \"Created\": \"{_date(r)}T10:{r.randint(10, 59)}:00Z\"\n  }}\n]")


POLICY = [
    "Passwords for the booking back office are kept in the studio vault only.",
    "Never type a client's gallery password into the group chat; send them the reset link instead.",
    "Second shooters get their own accounts – we do not share the editing PC login.",
    "If you think a password has leaked, tell the studio manager and we rotate it the same day.",
    "Use the password manager's generator; at least 16 characters, no studio words.",
    "Two-factor codes come from the authenticator app, never by text message.",
    "The NAS admin account is for the owner only; everyone else uses their own login.",
    "Lab API keys live in the deploy tool's secret store and are never pasted into tickets.",
    "Screenshots of the settings page must have the key fields blurred before sharing.",
    "Change the kiosk manager code after every staff change.",
]


def studio_handbook_security_page(r):
    return "Studio handbook – 7. Passwords and keys\n\n" + "\n".join("• " + s for s in r.sample(POLICY, r.randint(4, 6)))


def second_shooter_onboarding_notes(r):
    return (f"Onboarding – {r.choice(USERS).capitalize()} (second shooter)\n" + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(r.sample(POLICY, r.randint(3, 5))))
            + "\nYour own login arrives by separate e-mail.")


def client_invoice_payment_footer(r):
    return (f"Invoice INV-{r.randint(2026000, 2026999)} · due {_date(r)}\nPay by ACH: routing {_aba(r)}, account ending {rs(r, 'dig', 4)}\n"
            f"UK clients: sort code {rs(r, 'dig', 2)}-{rs(r, 'dig', 2)}-{rs(r, 'dig', 2)}, account {rs(r, 'dig', 8)}\nVAT GB{rs(r, 'dig', 9)}")


def ach_payout_report_csv(r):
    rows = ["payout_id,arrival_date,amount,routing,trace"]
    for _ in range(r.randint(3, 5)):
        rows.append(f"po_{rs(r, 'an', 24)},{_date(r)},{r.randint(100, 9000)}.{r.randint(10, 99)},{_aba(r)},{rs(r, 'dig', 15)}")
    return "\n".join(rows)


def wedding_contract_header(r):
    return (f"WEDDING PHOTOGRAPHY AGREEMENT  No. WPA-{r.randint(2026, 2027)}-{rs(r, 'dig', 4)}\nClient ref: CL-{rs(r, 'uan', 6)}\n"
            f"Venue: {r.choice(['Oak Barn', 'Harbour House', 'The Orangery'])}  Date: {_date(r)}\nPackage: {r.choice(['FULLDAY-8', 'HALFDAY-4', 'ELOPE-2'])}  "
            f"Deposit received: £{r.randint(300, 900)}")


def model_release_form_ocr(r):
    return (f"MODEL RELEASE  Form MR-{rs(r, 'dig', 6)}\nShoot: {_date(r)}  Job {rs(r, 'uan', 3)}-{rs(r, 'dig', 4)}\n"
            f"Model ID checked: passport ending {rs(r, 'dig', 3)}\nSigned ✓  Witness: {r.choice(USERS).capitalize()}")


CLASSES = [
    ("camera_body_and_lens_serials", "camera body and lens serials, shutter counts, firmware versions, repair ticket numbers",
     gear_insurance_schedule, camera_service_repair_ticket),
    ("exif_metadata_dumps", "exiftool / Lightroom metadata: serials, 32-hex image unique ids, UUIDv4 XMP instance ids, GPS",
     exiftool_output_listing, lightroom_metadata_panel_ocr),
    ("delivery_checksum_manifests", "sha256sum manifests (real SHA-256 of random bytes), perceptual hashes and MD5 sums of delivered images",
     delivery_checksum_manifest, duplicate_finder_report_csv),
    ("film_stock_and_lab_roll_codes", "lab roll numbers, DX codes, envelope numbers, emulsion batch numbers",
     lab_roll_intake_log, film_fridge_inventory_sheet),
    ("print_order_and_gallery_references", "print order numbers, UUIDv4 order / gallery / set ids, tracking numbers, public gallery slugs",
     print_order_confirmation_email, gallery_export_json),
    ("colour_calibration_values", "monitor calibration reports (ΔE, white point, instrument serials) and ICC headers with MD5 profile ids",
     monitor_calibration_report, icc_profile_header_dump),
    ("isbn_and_upc_album_codes", "photobook ISBN-13 and album UPC-A codes with real check digits",
     photobook_colophon_page, album_supplier_price_list),
    ("copyright_and_licence_identifiers", "IPTC / PLUS licensor ids, XMP document ids, stock licence and asset numbers",
     iptc_core_sidecar_xmp, stock_licence_certificate),
    ("publishable_client_side_keys", "public-by-design keys: Stripe pk_live_51, reCAPTCHA site key, Google Maps browser AIza key, PostHog phc_, Mapbox pk., Sentry DSN, Langfuse pk-lf-",
     booking_page_html_head, gallery_spa_public_env_js),
    ("sample_config_placeholders", "README placeholders (rk_live_..., <your-…>, SG.xxxxxxxx) and .env.example files with this corpus's key names but empty / changeme / ${VAR} values",
     readme_setup_section, env_example_file),
    ("masked_secret_ui_values", "bullet-masked settings screens and *** masked deploy logs",
     studio_admin_settings_screenshot_ocr, deploy_log_masked_lines),
    ("vault_and_env_indirections", "ExternalSecret remoteRef, ${{ secrets.X }}, op://, Secrets Manager ARN and vault: pointers",
     k8s_external_secret_yaml, github_workflow_secret_refs),
    ("argon2_and_pbkdf2_hash_strings", "Django pbkdf2_sha256 and Nextcloud argon2id hashes (random in frame; the column says password)",
     django_auth_user_dump, nextcloud_oc_users_export),
    ("sops_and_age_ciphertexts", "SOPS ENC[AES256_GCM,…] values with a public age recipient (real Bech32) and age-armored files",
     sops_encrypted_yaml, age_armored_backup_note),
    ("wireguard_public_keys_and_spki", "wg show output with public keys (44-character Base64 of 32 bytes, like a private key) and Ed25519 SPKI / ssh-ed25519 public keys",
     wireguard_wg_show_output, ed25519_spki_pem_listing),
    ("webhook_delivery_ids_and_signatures", "webhook delivery logs with UUIDv4 ids and HMAC signature headers (real HMAC under a discarded key), Stripe event / request / session ids",
     webhook_delivery_log, stripe_event_json_excerpt),
    ("release_commit_and_image_digests", "commit ids and image digests (real SHA-1 / SHA-256 of random bytes)",
     release_notes_changelog, docker_image_inspect_excerpt),
    ("studio_security_policy_prose", "handbook and onboarding prose about passwords and keys with none given",
     studio_handbook_security_page, second_shooter_onboarding_notes),
    ("payment_remittance_references", "ABA routing numbers with real check digits, account last fours, sort codes, VAT numbers, payout ids, trace numbers",
     client_invoice_payment_footer, ach_payout_report_csv),
    ("wedding_contract_and_release_numbers", "contract, client, package, model-release and job numbers",
     wedding_contract_header, model_release_form_ocr),
]
SPARE_CLASS = "drone_registration_and_permit_ids"
WRAPPERS = [
    ("in_wedding_crew_chat", lambda r, t: f"[{r.randint(8, 22)}:{r.randint(10, 59)}] {r.choice(USERS)}: pasting this for reference, nothing secret in it\n{t}\n[{r.randint(8, 22)}:{r.randint(10, 59)}] {r.choice(USERS)}: 👍"),
    ("in_studio_helpdesk_ticket", lambda r, t: f"Ticket #{r.randint(1000, 9999)} – studio IT\nReporter: {r.choice(USERS)}\nDescription:\n{t}\n\nStatus: open"),
    ("in_lab_supplier_email", lambda r, t: f"From: support@{r.choice(HOSTS)}\nSubject: Re: your query\n\nHello,\n\nsee below:\n\n{t}\n\nKind regards,\nLab support"),
    ("in_photographers_forum_post", lambda r, t: f"Posted by {r.choice(USERS)}_shoots » {r.randint(1, 28)} Mar 2026\nIs this normal? Output below:\n\n{t}\n\nReply · Quote"),
]


def negative_problems(text, secret_strings):
    probs = []
    if PW_FORM_IN_TEXT.search(text):
        probs.append("password form")
    for m in UUID_ANY.findall(text):
        if not UUID_V4.match(m):
            probs.append("non-v4 uuid")
    if JWT_ANY.search(text):
        probs.append("jwt shape")
    for s in secret_strings:
        if len(s) >= 6 and s in text:
            probs.append("positive value")
            break
    return probs


def generate(secret_strings, next_id):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cls, _desc, ka, kb in CLASSES:
        for fn in (ka, kb):
            for wrap in [None] + WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    text = wrap[1](rng, body) if wrap else body
                    if text in seen or negative_problems(text, secret_strings):
                        continue
                    break
                else:
                    raise RuntimeError(f"could not draw a clean negative for {fn.__name__}")
                seen.add(text)
                container = fn.__name__ + (f"__{wrap[0]}" if wrap else "")
                recs.append({"id": next_id(), "class": cls, "container": container, "text": text, "source": "negative"})
    return recs
