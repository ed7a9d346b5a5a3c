"""Hard negatives of the sign-making world: texts with no secret that look like they might hold one."""
import base64
import hashlib
import random
import struct

from common227 import (ALNUM, B64STD, DIGITS, HEX, LALNUM, LOWER, UALNUM, UHEX, UPPER, b64url_nopad, gtin_digit,
                       make_jwt, rbytes, rs, uuid4)

SEED = 22706
WRAPPERS = ["sign_shop_group_chat", "print_room_helpdesk_ticket", "install_crew_email", "signmakers_forum_post"]
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BCRYPT_ALPH = "./" + UPPER + LOWER + DIGITS


def _ral(rng):
    return "RAL %d" % rng.choice([9016, 9005, 7016, 3020, 5010, 1023, 6005, 7035, 9006, 2004])


def _pms(rng):
    return "PMS %d C" % rng.choice([186, 286, 354, 1235, 7621, 2945, 485, 871, 877, 3425])


def c_colour(rng, kind):
    if kind == "artwork_spec_sheet":
        return ("ARTWORK SPEC – job %d\nFascia background: %s / %s\nLettering: Oracal 651-0%02d gloss\n"
                "Logo: 3M 1080-G%03d wrap film\nReturn edges: %s satin\n" %
                (rng.randint(4000, 9999), _ral(rng), _pms(rng), rng.randint(10, 99), rng.randint(100, 399), _ral(rng)))
    return ("Colour match note: customer brand swatch closest to %s; on the Roland we hit dE %.1f with "
            "Avery 900-%03d-O. Backup: Oracal 8500-0%02d translucent. Profile file icc_%s_v%d.icc.\n" %
            (_pms(rng), rng.uniform(0.8, 2.9), rng.randint(100, 999), rng.randint(10, 99), rs(rng, UPPER, 3),
             rng.randint(2, 9)))


def c_lot(rng, kind):
    if kind == "roll_label_ocr":
        return ("ROLL LABEL (photo)\nPRODUCT 751C-%03d  WIDTH 1230mm  LENGTH 50m\nLOT %s%02d-%06d  ROLL %s\n"
                "MFG %02d/2024  BEST BEFORE %02d/2026\n" % (rng.randint(100, 999), rng.choice("ABCK"),
                rng.randint(20, 24), rng.randint(0, 999999), rs(rng, UALNUM, 10), rng.randint(1, 12), rng.randint(1, 12)))
    rows = "\n".join("%s,%d,%s-%s,%s" % (rng.choice(["Oracal 651", "Avery 500", "3M 3630", "Metamark M7"]),
                     rng.choice([610, 1000, 1230, 1520]), rs(rng, UPPER, 2), rs(rng, DIGITS, 8), rs(rng, UALNUM, 12))
                     for _ in range(4))
    return "product,width_mm,lot,roll_serial\n" + rows + "\n"


def c_serial(rng, kind):
    mac = ":".join("%02X" % b for b in rbytes(rng, 6))
    if kind == "device_inventory_csv":
        return ("device,model,serial,mac,firmware\nCutter 1,Roland GR2-640,%s,%s,%d.%02d\nEngraver,Trotec Speedy 360,"
                "S360-%s,%s,%d.%d.%d\n" % (rs(rng, UALNUM, 10), mac, rng.randint(1, 3), rng.randint(0, 99),
                rs(rng, DIGITS, 6), ":".join("%02X" % b for b in rbytes(rng, 6)), rng.randint(1, 9),
                rng.randint(0, 9), rng.randint(0, 99)))
    return ("Service visit report\nMachine: Mimaki UJF-%d  S/N %s\nHead serials: %s, %s\nController board rev %s\n"
            "Next service due in %d print hours.\n" % (rng.choice([3042, 6042, 7151]), rs(rng, UALNUM, 8),
            rs(rng, UALNUM, 12), rs(rng, UALNUM, 12), rs(rng, UHEX, 4), rng.randint(200, 900)))


def _gtin(rng, n):
    body = rs(rng, DIGITS, n - 1)
    return body + gtin_digit(body)


def c_gtin(rng, kind):
    if kind == "supplier_delivery_note":
        lines = "\n".join("%s  %-28s x%d" % (_gtin(rng, 14), rng.choice(["Dibond 3mm white 2440x1220",
                          "Foamex 5mm 2440x1220", "Acrylic clear 5mm", "Application tape 610mm",
                          "Grommets brass 12mm (500)"]), rng.randint(1, 20)) for _ in range(4))
        return "DELIVERY NOTE %s\nGTIN-14           Description                  Qty\n%s\n" % (rs(rng, DIGITS, 7), lines)
    return "\n".join("[goods-in] scan ok ean=%s qty=%d bin=%s" % (_gtin(rng, 13), rng.randint(1, 9),
                     rs(rng, UPPER, 1) + rs(rng, DIGITS, 2)) for _ in range(5)) + "\n"


def c_planning(rng, kind):
    ref = "%02d/%05d/ADV" % (rng.randint(19, 24), rng.randint(0, 99999))
    if kind == "planning_decision_letter":
        return ("Town and Country Planning (Control of Advertisements) Regulations 2007\nApplication ref: %s\n"
                "Planning Portal ref: PP-%s\nDecision: CONSENT GRANTED subject to %d conditions.\nSite: Unit %d, "
                "Riverside Retail Park\n" % (ref, rs(rng, DIGITS, 8), rng.randint(3, 6), rng.randint(1, 30)))
    return ("%s | Illuminated fascia and totem sign | Validated | Case officer ref %s | UPRN %s\n" %
            (ref, rs(rng, UPPER, 2) + rs(rng, DIGITS, 4), rs(rng, DIGITS, 12)))


def c_cards(rng, kind):
    if kind == "site_induction_register":
        rows = "\n".join("%s | CSCS %s | exp %02d/%d | IPAF PAL %s" % (rng.choice(["D. Hartley", "S. Kowalski",
                         "P. Shah", "N. Obi"]), rs(rng, DIGITS, 10), rng.randint(1, 12), rng.randint(2025, 2029),
                         rs(rng, DIGITS, 4) + "-" + rs(rng, DIGITS, 6)) for _ in range(3))
        return "SITE INDUCTION REGISTER\n" + rows + "\n"
    return ("Access platform hire form\nMachine: 12m scissor lift, fleet no %s\nOperator PAL card: %s (3a, 3b)\n"
            "Hire ref: AH-%s\n" % (rs(rng, DIGITS, 5), rs(rng, DIGITS, 4) + "-" + rs(rng, DIGITS, 6), rs(rng, DIGITS, 7)))


def c_jobs(rng, kind):
    if kind == "job_ticket_header":
        return ("JOB %d-%04d  | Customer acct C%s | PO %s | Proof rev R%d | Install slot %s\n" %
                (rng.randint(23, 25), rng.randint(0, 9999), rs(rng, DIGITS, 5), rs(rng, UALNUM, 8),
                 rng.randint(1, 6), rs(rng, UPPER, 2) + rs(rng, DIGITS, 3)))
    return ("Hi, please find proof P-%s attached (revision %d). Reply APPROVED with job number %s to release it "
            "to print. Tracking id %s.\n" % (rs(rng, DIGITS, 6), rng.randint(1, 5), rs(rng, DIGITS, 6),
            rs(rng, UALNUM, 16)))


def c_paths(rng, kind):
    if kind == "router_gcode_excerpt":
        return "G21\nG90\n" + "\n".join("G1 X%.3f Y%.3f Z-%.2f F%d" % (rng.uniform(0, 2400), rng.uniform(0, 1200),
                                        rng.uniform(0.1, 6), rng.choice([1200, 1800, 2400])) for _ in range(5)) + "\nM5\n"
    return '<path d="M%.2f %.2fC%.2f %.2f %.2f %.2f %.2f %.2fZ" fill="#%s" id="glyph_%s"/>\n' % tuple(
        [rng.uniform(0, 900) for _ in range(8)] + [rs(rng, HEX, 6), rs(rng, LALNUM, 10)])


def c_public(rng, kind):
    if kind == "shop_checkout_html":
        return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
                '  posthog.init("phc_%s", { api_host: "https://eu.i.posthog.com" });\n</script>\n' %
                (rs(rng, ALNUM, 97), rs(rng, ALNUM, 43)))
    return ('<div id="map"></div>\n<script src="https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initMap">'
            '</script>\n<!-- browser key, restricted to https://www.hartley-signs.example/* -->\n'
            '<script>mapboxgl.accessToken = "pk.eyJ1IjoiaGFydGxleXNpZ25zIiwiYSI6I%s.%s";</script>\n' %
            (rs(rng, ALNUM + "-_", 35), rs(rng, ALNUM, 20), rs(rng, ALNUM + "-_", 22)))


def c_docs(rng, kind):
    if kind == "sdk_quickstart_markdown":
        return ("## Quick start\n\n```bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
                "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\nReplace the example "
                "values above with your own (step %d of the setup).\n" % rng.randint(2, 6))
    return ("```\ncurl https://api.example.com/v%d/designs \\\n  -H \"Authorization: Bearer YOUR_API_KEY\" \\\n"
            "  -H \"X-Shop: <your-shop-id>\"\n```\nThe token looks like `sk_live_xxxxxxxxxxxxxxxxxxxx`; never commit it.\n"
            % rng.randint(1, 3))


def c_env(rng, kind):
    keys = rng.sample(["JOB_TRACKER_PASSWORD", "LED_PUSH_TOKEN", "PROOF_API_KEY", "ORDER_WEBHOOK_SECRET",
                       "RAILS_MASTER_KEY", "ARTWORK_AGE_KEY", "CUT_SERVER_PASSWORD", "INSTALLER_JWT"], 4)
    vals = ["", "changeme", "<paste from the vault>", "${SECRET_FROM_CI}"]
    rng.shuffle(vals)
    if kind == "env_dist_file":
        return "# .env.dist – copy to .env.local and fill in\n" + "\n".join("%s=%s" % (k, v) for k, v in zip(keys, vals)) + "\n"
    return ("### Setting up\n1. Copy `.env.dist` to `.env.local`.\n2. Ask Dean for `%s` and `%s` (they are in the "
            "shop vault, never in chat).\n3. Leave `%s` empty for local runs.\n" % tuple(keys[:3]))


def c_masked(rng, kind):
    if kind == "support_ticket_export":
        return ("Ticket #%d – customer pasted config\nPROOF_API_KEY=ppk_%s••••••••\nCUT_SERVER_PASSWORD=[REDACTED]\n"
                "Agent note: values masked by the helpdesk before export.\n" % (rng.randint(10000, 99999), rs(rng, DIGITS, 4)))
    return ("+ echo \"deploying with token ***\"\ndeploying with token ***\n+ ./deploy --key $ORDER_WEBHOOK_SECRET\n"
            "using webhook secret sow_****%s\n" % rs(rng, LALNUM, 4))


def c_lookups(rng, kind):
    if kind == "ansible_lookup_vars":
        return ("cut_server_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=shop/data/cut:pw') }}\"\n"
                "led_push_token: \"{{ lookup('env', 'LED_PUSH_TOKEN') }}\"\nproof_api_key: \"{{ vault_proof_api_key }}\"\n")
    return ("env:\n  PROOF_API_KEY: ${{ secrets.PROOF_API_KEY }}\n  RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY_%s }}\n"
            "  AGE_KEY_REF: op://Shop/artwork-age/%s\n" % (rs(rng, UPPER, 4), rs(rng, LOWER, 8)))


def _bcrypt(rng):
    return "$2b$12$" + rs(rng, BCRYPT_ALPH, 53)


def _yescrypt(rng):
    return "$y$j9T$" + rs(rng, BCRYPT_ALPH, 22) + "$" + rs(rng, BCRYPT_ALPH, 43)


def c_hashes(rng, kind):
    if kind == "users_table_dump":
        return ("id | email                         | password\n" + "\n".join(
            "%2d | %-29s | %s" % (i + 1, "%s@hartley-signs.example" % n, _bcrypt(rng))
            for i, n in enumerate(rng.sample(["dean", "priya", "sam", "nadia", "tomasz"], 3))) + "\n")
    return "\n".join("%s:%s:19%03d:0:99999:7:::" % (u, _yescrypt(rng), rng.randint(100, 999))
                     for u in rng.sample(["rip", "install", "workshop", "dean"], 2)) + "\n"


def c_cipher(rng, kind):
    if kind == "group_vars_vault_file":
        blob = rbytes(rng, 96).hex()
        lines = [blob[i:i + 80] for i in range(0, len(blob), 80)]
        return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"
    b = base64.b64encode(rbytes(rng, 180)).decode()
    return ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) +
            "\n=" + base64.b64encode(rbytes(rng, 3)).decode() + "\n-----END PGP MESSAGE-----\n")


def _ed25519_blob(rng):
    name = b"ssh-ed25519"
    key = rbytes(rng, 32)
    return struct.pack(">I", len(name)) + name + struct.pack(">I", 32) + key


def c_ssh(rng, kind):
    blob = _ed25519_blob(rng)
    b64 = base64.b64encode(blob).decode()
    fp = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    if kind == "known_hosts_excerpt":
        return "rip.hartley-signs.example,10.20.0.%d ssh-ed25519 %s\n" % (rng.randint(2, 250), b64)
    return ("The authenticity of host 'cutter.hartley-signs.example (10.20.0.%d)' can't be established.\n"
            "ED25519 key fingerprint is SHA256:%s.\nAre you sure you want to continue connecting (yes/no)? yes\n"
            % (rng.randint(2, 250), fp))


def c_tls(rng, kind):
    if kind == "openssl_x509_text_excerpt":
        return ("Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            %s\n"
                "        Issuer: C=US, O=Let's Encrypt, CN=R11\n        Subject: CN=proofs.hartley-signs.example\n"
                % ":".join("%02x" % b for b in rbytes(rng, 18)))
    return ("Binding: https *:443 proofs.hartley-signs.example\nCertificate thumbprint: %s\nStore: WebHosting\n"
            % hashlib.sha1(rbytes(rng, 40)).hexdigest().upper())


def c_sri(rng, kind):
    if kind == "proof_portal_html_head":
        d = base64.b64encode(hashlib.sha384(rbytes(rng, 64)).digest()).decode()
        return ('<link rel="stylesheet" href="/assets/app-%s.css"\n      integrity="sha384-%s" crossorigin="anonymous">\n'
                % (hashlib.sha256(rbytes(rng, 8)).hexdigest()[:8], d))
    return ('HTTP/2 200\ncontent-type: image/png\netag: "%s"\nx-amz-version-id: %s\ncache-control: max-age=31536000\n'
            % (hashlib.md5(rbytes(rng, 32)).hexdigest(), rs(rng, ALNUM + "._", 32)))


def c_policy(rng, kind):
    if kind == "crew_handbook_it_section":
        return ("IT for install crews\nUse the password manager on the van tablet for every login. Never write a "
                "password on the dashboard, a job sheet or a vinyl offcut. If you think a password has been seen, "
                "tell Dean the same day so it can be changed. Passphrases of four or more words are fine.\n")
    return ("Toolbox talk %d – logins on site\n- Shared tablet passwords are changed every quarter.\n- Do not read "
            "passwords out over the phone in front of customers.\n- Ask the office if you are locked out.\n"
            % rng.randint(10, 60))


def _ulid(rng):
    return "01" + rs(rng, CROCKFORD, 24)


def c_ids(rng, kind):
    if kind == "job_api_json_response":
        return ('{"job_id": "%s", "customer_id": "%s", "proof_id": "%s", "status": "awaiting_approval"}\n'
                % (_ulid(rng), uuid4(rng), _ulid(rng)))
    return "\n".join("event=%s id=%s actor=%s" % (rng.choice(["proof.viewed", "job.updated", "install.booked"]),
                     uuid4(rng), _ulid(rng)) for _ in range(3)) + "\n"


def c_jwks(rng, kind):
    n = b64url_nopad(rbytes(rng, 256))
    if kind == "jwks_keys_endpoint":
        return '{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"AQAB"}]}\n' % (rs(rng, HEX, 16), n)
    return ("-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" %
            "\n".join(base64.b64encode(rbytes(rng, 294)).decode()[i:i + 64] for i in range(0, 392, 64)))


def c_fonts(rng, kind):
    if kind == "font_licence_certificate":
        return ("Desktop font licence\nOrder number: %s\nLicence id: FL-%s-%s\nSeats: %d workstations\n"
                "Licensee: Hartley Signs Ltd\n" % (rs(rng, DIGITS, 9), rs(rng, UPPER, 3), rs(rng, DIGITS, 6), rng.randint(2, 6)))
    return ("Font audit: %s.otf sha1 %s, %s.ttf sha1 %s\n" % (rs(rng, LOWER, 8), hashlib.sha1(rbytes(rng, 8)).hexdigest(),
            rs(rng, LOWER, 6), hashlib.sha1(rbytes(rng, 8)).hexdigest()))


CLASSES = [
    ("pantone_and_ral_colour_callouts", ["artwork_spec_sheet", "vinyl_colour_match_note"], c_colour,
     "RAL and PMS references, Oracal / Avery / 3M film codes, ICC profile names"),
    ("vinyl_roll_lot_and_batch_codes", ["roll_label_ocr", "stock_room_roll_csv"], c_lot,
     "film product codes, lot numbers and roll serials"),
    ("plotter_and_engraver_serial_numbers", ["device_inventory_csv", "service_visit_report"], c_serial,
     "cutter, engraver and printer serials, MAC addresses, firmware and board revisions"),
    ("gtin14_and_ean13_sheet_stock_codes", ["supplier_delivery_note", "goods_in_scanner_log"], c_gtin,
     "GTIN-14 and EAN-13 codes with real GS1 check digits on sheet stock and consumables"),
    ("advertisement_consent_planning_references", ["planning_decision_letter", "council_portal_listing"], c_planning,
     "advertisement-consent application refs, Planning Portal refs, UPRNs"),
    ("installer_cscs_and_ipaf_card_numbers", ["site_induction_register", "access_platform_hire_form"], c_cards,
     "CSCS and IPAF PAL card numbers, hire references, fleet numbers"),
    ("sign_job_and_proof_numbers", ["job_ticket_header", "proof_approval_email"], c_jobs,
     "job, proof, PO, account and tracking numbers"),
    ("gcode_and_svg_path_dumps", ["router_gcode_excerpt", "svg_glyph_path_snippet"], c_paths,
     "router G-code and SVG path data (long runs of digits)"),
    ("publishable_web_to_sign_embed_keys", ["shop_checkout_html", "maps_widget_snippet"], c_public,
     "Stripe `pk_live_51`, PostHog `phc_` project keys, referrer-restricted `AIza` browser key, Mapbox `pk.` token"),
    ("vendor_documentation_example_tokens", ["sdk_quickstart_markdown", "api_reference_curl_example"], c_docs,
     "the AWS documentation example pair, `YOUR_API_KEY`, `sk_live_xxxx…` placeholders"),
    ("env_dist_template_blank_values", ["env_dist_file", "onboarding_readme_block"], c_env,
     "`.env.dist` lines with this corpus's key names and empty / `changeme` / pointer values"),
    ("redacted_credentials_in_support_exports", ["support_ticket_export", "ci_deploy_log_masked"], c_masked,
     "`••••`, `[REDACTED]`, `***`, prefix + mask + 4 characters"),
    ("secret_store_lookup_expressions", ["ansible_lookup_vars", "github_actions_secret_refs"], c_lookups,
     "Ansible `lookup()` and vault variables, `${{ secrets.X }}`, `op://` paths"),
    ("bcrypt_and_yescrypt_password_hashes", ["users_table_dump", "shadow_file_excerpt"], c_hashes,
     "bcrypt `$2b$12$` and yescrypt `$y$j9T$` hashes (random characters in the real frame; the column is called password)"),
    ("ansible_vault_and_pgp_armored_ciphertext", ["group_vars_vault_file", "pgp_encrypted_mail"], c_cipher,
     "`$ANSIBLE_VAULT;1.1;AES256` hex bodies and PGP MESSAGE armour (random bytes)"),
    ("ssh_host_keys_and_fingerprints", ["known_hosts_excerpt", "ssh_first_connect_prompt"], c_ssh,
     "ssh-ed25519 public keys (real wire framing of random key bytes) and their real SHA256 fingerprints"),
    ("tls_certificate_serials_and_thumbprints", ["openssl_x509_text_excerpt", "iis_binding_listing"], c_tls,
     "certificate serial numbers and SHA-1 thumbprints"),
    ("subresource_integrity_and_etag_hashes", ["proof_portal_html_head", "cdn_response_headers"], c_sri,
     "`integrity=\"sha384-…\"` (real SHA-384 of random bytes), ETags, S3 version ids"),
    ("password_policy_prose_for_install_crews", ["crew_handbook_it_section", "toolbox_talk_notes"], c_policy,
     "handbook and toolbox-talk prose about passwords with no password in it"),
    ("ulid_and_uuid_record_keys", ["job_api_json_response", "audit_event_log"], c_ids,
     "ULIDs (Crockford Base32) and UUIDv4 record ids"),
]
SPARE_CLASSES = [
    ("rsa_public_keys_and_jwks", ["jwks_keys_endpoint", "pem_public_key_block"], c_jwks),
    ("font_licence_and_file_hashes", ["font_licence_certificate", "font_audit_line"], c_fonts),
]


def wrap(rng, w, text):
    if w == "sign_shop_group_chat":
        return "Sam: can someone check this before I send it?\n" + text + "Priya: looks fine to me\n"
    if w == "print_room_helpdesk_ticket":
        return "Ticket #%d – print room\nReported by: workshop\n\n%s\nStatus: open\n" % (rng.randint(1000, 9999), text)
    if w == "install_crew_email":
        return "Subject: FW: site pack\n\nHi all,\n\n%s\nCheers,\nDean\n" % text
    if w == "signmakers_forum_post":
        return "Posted in Workshop Tech › Software\n\nHas anyone seen this before?\n\n%s\n— signwriter_mike\n" % text
    raise KeyError(w)


def build(next_id, reject):
    """reject(text) -> True if the text must be redrawn."""
    rng = random.Random(SEED)
    recs = []
    for cname, kinds, fn, desc in CLASSES:
        for kind in kinds:
            for pres in [None] + WRAPPERS:
                for _ in range(100):
                    t = fn(rng, kind)
                    container = kind
                    if pres:
                        t = wrap(rng, pres, t)
                        container = "%s__in_%s" % (kind, pres)
                    if not reject(t):
                        break
                else:
                    raise RuntimeError("negative could not be drawn for %s" % kind)
                recs.append({"id": next_id(), "class": cname, "container": container, "text": t,
                             "source": "negative"})
    return recs
