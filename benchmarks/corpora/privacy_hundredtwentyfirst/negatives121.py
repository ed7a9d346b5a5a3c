"""Hard negatives from the print world: 16 classes x 2 base kinds x 6 presentations."""
import hashlib, random, zlib, json
from common121 import rs, uuid4, b64url

def ean_check(d):  # GS1 mod-10 over digits without check digit
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d)))
    return str((10 - s % 10) % 10)

def isbn13(r):
    d = "978" + "".join(r.choice("0123456789") for _ in range(9)); return d + ean_check(d)
def gtin13(r):
    d = "40" + "".join(r.choice("0123456789") for _ in range(10)); return d + ean_check(d)
def sscc(r):
    d = "0" + "4012345" + "".join(r.choice("0123456789") for _ in range(9)); return d + ean_check(d)
def ups1z(r):
    body = "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + "".join(r.choice("0123456789") for _ in range(9))
    vals = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    odd = sum(vals[0::2]); even = sum(vals[1::2])
    return "1Z" + body + str((10 - (odd + 2 * even) % 10) % 10)
def sha(r, n=256):
    x = rs(r, "a", 24).encode()
    return hashlib.sha256(x).hexdigest() if n == 256 else (hashlib.md5(x).hexdigest() if n == 5 else hashlib.sha1(x).hexdigest())

def base(cls, kind, r):
    if kind == "lulu_book_spec_json": return '{"title":"Field Notes Vol. %d","isbn":"%s","pod_package_id":"0600X0900BWSTDPB060UW444MXX"}' % (r.randint(1, 9), isbn13(r))
    if kind == "bookvault_title_feed_csv": return "isbn,title,pages\n%s,Harbour Walks,212\n%s,Letterpress Basics,96" % (isbn13(r), isbn13(r))
    if kind == "label_press_variable_data_csv": return "seq,gtin,lot\n1,%s,L24-%d\n2,%s,L24-%d" % (gtin13(r), r.randint(100, 999), gtin13(r), r.randint(100, 999))
    if kind == "pod_product_variant_json": return '{"variant_id":%d,"sku":"TEE-BLK-M","barcode":"%s"}' % (r.randint(10**6, 10**7), gtin13(r))
    if kind == "pallet_label_zpl_snippet": return "^XA\n^FO50,50^BCN,120,Y,N,N^FD(00)%s^FS\n^XZ" % sscc(r)
    if kind == "asn_despatch_rows": return "SSCC;PO;CARTONS\n%s;PO-%d;12\n%s;PO-%d;8" % (sscc(r), r.randint(10000, 99999), sscc(r), r.randint(10000, 99999))
    if kind == "shipment_manifest_csv": return "order,carrier,tracking\nW2P-%d,UPS,%s\nW2P-%d,UPS,%s" % (r.randint(1000, 9999), ups1z(r), r.randint(1000, 9999), ups1z(r))
    if kind == "tracking_webhook_payload": return '{"event":"in_transit","tracking_number":"%s","order":"POD-%d"}' % (ups1z(r), r.randint(10000, 99999))
    if kind == "iccdump_header_output": return "Profile ID (MD5): %s\nColor space: CMYK\nPCS: Lab\nRendering intent: Perceptual" % sha(r, 5)
    if kind == "color_profile_catalog_json": return '{"name":"Coated_FOGRA%d","profileId":"%s","size":%d}' % (r.choice([39, 51]), sha(r, 5), r.randint(500000, 2000000))
    if kind == "pdf_trailer_dump": h = sha(r, 5); return "trailer\n<< /Size 48 /Root 1 0 R /ID [<%s><%s>] >>" % (h, sha(r, 5))
    if kind == "xmp_packet_excerpt": return "<xmpMM:DocumentID>xmp.did:%s</xmpMM:DocumentID>\n<xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID>" % (uuid4(r), uuid4(r))
    if kind == "jdf_ticket_xml_header": return '<JDF ID="n_%06d" JobID="J%d" JobPartID="P%d" Type="Product" Status="Waiting"/>' % (r.randint(0, 999999), r.randint(10000, 99999), r.randint(1, 9))
    if kind == "mis_job_bag_export": return "JobBag: JB-2024-%05d  Customer: C%05d  Quote: Q-%d" % (r.randint(0, 99999), r.randint(0, 99999), r.randint(100000, 999999))
    if kind == "storefront_checkout_script_tag": return '<script>const stripe = Stripe("pk_live_%s");</script>' % rs(r, "a", 99)
    if kind == "customizer_embed_snippet": return '<div data-storefront-token="%s" data-shop="acme-prints.myshopify.example.com"></div>' % rs(r, "h", 32)
    if kind == "mis_integration_settings_masked": return "Integration: Carrier labels\nClient secret: ****************%s\nStatus: connected" % rs(r, "a", 4)
    if kind == "pod_api_log_redacted": return "2024-03-14T09:12:44Z POST /v2/orders Authorization: Bearer [REDACTED] status=201"
    if kind == "pod_api_env_template": return "PRINTFUL_TOKEN=<your-printful-token>\nSHIPSTATION_API_SECRET=changeme\nMIS_PASSWORD="
    if kind == "web2print_sdk_readme_snippet": return 'curl -H "Authorization: Bearer YOUR_API_KEY" https://api.print.example.com/v1/products'
    if kind == "azure_keyvault_reference_appsetting": return '"PodApiKey": "@Microsoft.KeyVault(SecretUri=https://kv-print-%d.vault.azure.net/secrets/pod-api-key/)"' % r.randint(1, 99)
    if kind == "aws_ssm_parameter_arn": return "arn:aws:ssm:eu-west-1:%012d:parameter/print/prod/shipstation-secret" % r.randint(0, 10**12 - 1)
    if kind == "sops_encrypted_yaml_value": return "carrier_secret: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rs(r, "B", 40), rs(r, "B", 22) + "==", rs(r, "B", 22) + "==")
    if kind == "kubeseal_sealed_secret_data": return "spec:\n  encryptedData:\n    MIS_PASSWORD: Ag%s" % rs(r, "B", 120)
    if kind == "press_operator_password_policy_memo": return "Memo: press console passwords must be at least 14 characters and are rotated every quarter; never write them on the console."
    if kind == "prepress_chat_lockout_request": return "Can someone reset my RIP password? I got locked out after the update, thanks."
    if kind == "plate_file_sha1_manifest": return "%s  job4411_C.tif\n%s  job4411_M.tif" % (sha(r, 1), sha(r, 1))
    if kind == "len_file_crc32_listing": x = rs(r, "a", 20).encode(); return "job4411_K.len  crc32=%08x  bytes=%d" % (zlib.crc32(x), r.randint(10**6, 10**8))
    if kind == "press_fleet_inventory_csv": return "asset,serial,mac\nXL106-%d,SN%s,%s" % (r.randint(1, 9), rs(r, "u", 10), ":".join(rs(r, "h", 2) for _ in range(6)))
    if kind == "snmp_printer_mib_walk": return "SNMPv2-SMI::mib-2.43.5.1.1.17.1 = STRING: \"%s\"\nIF-MIB::ifPhysAddress.2 = STRING: %s" % (rs(r, "u", 12), ":".join(rs(r, "h", 2) for _ in range(6)))
    if kind == "pod_webhook_delivery_headers": return "X-Delivery-Id: %s\nX-Webhook-Attempt: 1\nX-Request-Nonce: %s" % (uuid4(r), rs(r, "h", 24))
    if kind == "oauth_state_nonce_log": return "callback state=%s nonce=%s code_challenge_method=S256" % (b64url(bytes(r.getrandbits(8) for _ in range(16))), rs(r, "a", 22))
    raise KeyError(kind)

CLASSES = [
 ("book_isbn13_with_check_digit", ["lulu_book_spec_json", "bookvault_title_feed_csv"]),
 ("gtin_product_barcodes", ["label_press_variable_data_csv", "pod_product_variant_json"]),
 ("sscc_pallet_serial_codes", ["pallet_label_zpl_snippet", "asn_despatch_rows"]),
 ("parcel_tracking_numbers_with_check", ["shipment_manifest_csv", "tracking_webhook_payload"]),
 ("icc_profile_ids", ["iccdump_header_output", "color_profile_catalog_json"]),
 ("pdf_file_ids_and_xmp_uuids", ["pdf_trailer_dump", "xmp_packet_excerpt"]),
 ("jdf_and_mis_job_identifiers", ["jdf_ticket_xml_header", "mis_job_bag_export"]),
 ("storefront_publishable_keys", ["storefront_checkout_script_tag", "customizer_embed_snippet"]),
 ("masked_print_vendor_secrets", ["mis_integration_settings_masked", "pod_api_log_redacted"]),
 ("print_api_doc_placeholders", ["pod_api_env_template", "web2print_sdk_readme_snippet"]),
 ("print_secret_store_pointers", ["azure_keyvault_reference_appsetting", "aws_ssm_parameter_arn"]),
 ("sops_and_sealed_ciphertexts", ["sops_encrypted_yaml_value", "kubeseal_sealed_secret_data"]),
 ("printshop_password_talk_without_value", ["press_operator_password_policy_memo", "prepress_chat_lockout_request"]),
 ("separation_file_digests", ["plate_file_sha1_manifest", "len_file_crc32_listing"]),
 ("press_serials_and_mac_addresses", ["press_fleet_inventory_csv", "snmp_printer_mib_walk"]),
 ("webhook_delivery_ids_and_nonces", ["pod_webhook_delivery_headers", "oauth_state_nonce_log"]),
]
WRAPS = [None, "in_prepress_slack_thread", "in_print_mis_ticket", "in_pod_pr_review", "in_press_runbook_page", "in_rip_release_notes"]

def wrap(w, body, i):
    if w is None: return body
    if w == "in_prepress_slack_thread": return "Ola (prepress): is this ok to post here?\n" + body + "\nJonas: yes, nothing sensitive in it."
    if w == "in_print_mis_ticket": return "MIS-%d  Status: open\nAttached output:\n" % (700 + i) + body
    if w == "in_pod_pr_review": return "```\n" + body + "\n```\nLGTM, these are not secrets."
    if w == "in_press_runbook_page": return "## Reference output\n\n" + body + "\n\nCompare with your own before escalating."
    return "Release notes 5.%d: sample output below.\n" % i + body

def build(seed=12106):
    r = random.Random(seed)
    out = []
    for ci, (cls, kinds) in enumerate(CLASSES):
        for kind in kinds:
            for wi, w in enumerate(WRAPS):
                body = base(cls, kind, r)
                out.append((cls, kind + ("__" + w if w else ""), wrap(w, body, ci * 12 + wi)))
    return out
