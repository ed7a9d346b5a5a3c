"""Hard negatives from the photo world: 16 classes x 2 base kinds x 6 presentations."""
import hashlib, random, string
from gen159 import *

WRAPS = [None, "in_studio_ops_slack_thread", "in_gallery_repo_gitea_pull_request",
         "in_lab_support_helpscout_ticket", "in_photo_team_confluence_page", "in_stock_agency_partner_email"]

def luhn_digit(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        t += d
    return str((10 - t % 10) % 10)

def ean13(rng):
    s = "".join(rng.choice(string.digits) for _ in range(12))
    t = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s))
    return s + str((10 - t % 10) % 10)

def sha(rng, alg="sha256"):
    return hashlib.new(alg, rs(rng, ALNUM, 20).encode()).hexdigest()

K = {}
def k(name):
    def d(f): K[name] = f; return f
    return d

@k("exif_serial_dump")
def _(r): return "EXIF\nBodySerialNumber: %s\nLensSerialNumber: %s\nImageUniqueID: %s\nOwnerName: Studio Norte" % (rs(r, string.digits, 12), rs(r, string.digits, 10), hexs(r, 32))
@k("exiftool_json_camera_ids")
def _(r): return '[{"SourceFile": "IMG_%04d.CR3", "SerialNumber": "%s", "InternalSerialNumber": "%s", "ShutterCount": %d}]' % (r.randint(1, 9999), rs(r, string.digits, 12), rs(r, string.ascii_uppercase + string.digits, 14), r.randint(1000, 300000))
@k("xmp_sidecar_ids")
def _(r): return '<rdf:Description xmpMM:DocumentID="xmp.did:%s" xmpMM:InstanceID="xmp.iid:%s" xmpMM:OriginalDocumentID="%s"/>' % (uuid4(r), uuid4(r), hexs(r, 32).upper())
@k("lightroom_catalog_uuid_rows")
def _(r): return "id_local,id_global,captureTime\n" + "\n".join("%d,%s,2025-04-1%dT1%d:0%d:00" % (r.randint(1000, 99999), uuid4(r).upper(), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)) for _ in range(3))
@k("stock_asset_id_list")
def _(r): return "asset_id\tcontributor_id\tstatus\n" + "\n".join("%d\t%d\tapproved" % (r.randint(10**9, 10**10), r.randint(10**6, 10**8)) for _ in range(4))
@k("licensing_invoice_line_ids")
def _(r): return "License %s-%s  image %d  contract %s" % (rs(r, string.ascii_uppercase, 3), rs(r, string.digits, 9), r.randint(10**8, 10**9), rs(r, string.ascii_uppercase + string.digits, 16))
@k("minilab_job_ticket")
def _(r): return "JOB %s | order %d | envelope %s | 24x 10x15 lustre | EAN %s" % (rs(r, string.digits, 8), r.randint(10**5, 10**7), rs(r, string.ascii_uppercase + string.digits, 10), ean13(r))
@k("print_order_csv")
def _(r): return "order_no,sku,qty,barcode\n" + "\n".join("PO-%s,%s,%d,%s" % (rs(r, string.digits, 9), rs(r, string.ascii_uppercase, 4) + "-" + rs(r, string.digits, 3), r.randint(1, 20), ean13(r)) for _ in range(3))
@k("public_gallery_share_links")
def _(r): return "Public galleries (no password, listed on site):\n" + "\n".join("https://gallery.example.com/g/%s-%s" % (r.choice(["smith-wedding", "spring-recital", "acme-headshots"]), rs(r, LOWER_DIG, 10)) for _ in range(3))
@k("school_job_roster_ids")
def _(r): return "school_code,student_ref,grade\n" + "\n".join("SCH%s,%s,%d" % (rs(r, string.digits, 5), rs(r, string.digits, 9), r.randint(1, 12)) for _ in range(4))
@k("perceptual_hash_table")
def _(r): return "file,phash,dhash\n" + "\n".join("DSC_%04d.NEF,%s,%s" % (r.randint(1, 9999), hexs(r, 16), hexs(r, 16)) for _ in range(3))
@k("blurhash_and_sha256_manifest")
def _(r): return '{"file": "cover.jpg", "blurhash": "L%s", "sha256": "%s"}' % (rs(r, ALNUM + "#$%*+,-.:;=?@[]^_{|}~", 27), sha(r))
@k("icc_profile_header_dump")
def _(r): return "ICC profile 'Lustre_Frontier.icc'\n  Profile ID (MD5): %s\n  Creator: FUJI  Device model: %s" % (hashlib.md5(rs(r, ALNUM, 12).encode()).hexdigest(), rs(r, string.ascii_uppercase + string.digits, 6))
@k("colorchecker_measurement_checksum")
def _(r): return "measurement.cgats  CRC32=%08x  SHA1=%s" % (r.getrandbits(32), sha(r, "sha1"))
@k("c2pa_manifest_json")
def _(r): return '{"claim_generator": "StudioExport/2.1", "signature": "self#jumbf=c2pa.signature", "hash": "%s", "alg": "sha256", "pad": "%s"}' % (b64(r, 32), "0" * 16)
@k("c2pa_tool_output")
def _(r): return "c2patool photo.jpg\nActive manifest: urn:uuid:%s\nClaim signature (COSE, hex): %s" % (uuid4(r), hexs(r, 96))
@k("checkout_publishable_key")
def _(r): return "<script>const stripe = Stripe('pk_live_%s');</script>" % rs(r, ALNUM, 99)
@k("unsplash_public_client_id")
def _(r): return "fetch('https://api.unsplash.com/photos?client_id=%s') // access key is the public client id" % rs(r, ALNUM + "-_", 43)
@k("lab_api_masked_log")
def _(r): return "POST /v2/orders 201  Authorization: Bearer ****************%s  api_key=[FILTERED]" % rs(r, ALNUM, 4)
@k("gallery_config_dump_redacted")
def _(r): return "gallery.admin_password = <redacted>\ngallery.signing_key   = ••••••••••••\nstorage.secret = \"\""
@k("studio_env_example")
def _(r): return "# .env.example\nGALLERY_ADMIN_PASSWORD=\nLAB_API_KEY=<paste-your-lab-key>\nSTOCK_SECRET=changeme"
@k("helm_values_placeholder")
def _(r): return "lab:\n  apiKey: {{ .Values.lab.apiKey }}\n  password: ${LAB_PASSWORD:?required}"
@k("vault_and_secret_manager_refs")
def _(r): return "dam:\n  db_password: vault:secret/data/dam/db#password\n  lab_key: projects/%d/secrets/lab-api-key/versions/latest" % r.randint(10**11, 10**12)
@k("k8s_secret_key_ref")
def _(r): return "env:\n  - name: STOCK_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: stock-%s\n        key: api-key" % rs(r, LOWER_DIG, 5)
@k("sops_encrypted_yaml")
def _(r): return "lab_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  version: 3.9.0" % (b64(r, 30), b64(r, 32), b64(r, 16))
@k("sealed_secret_manifest")
def _(r): return "kind: SealedSecret\nspec:\n  encryptedData:\n    GALLERY_PASSWORD: Ag%s" % b64(r, 180)
@k("s3_multipart_upload_log")
def _(r): return "CreateMultipartUpload raw/%s.CR3 -> UploadId=%s\nETag: \"%s-%d\"" % (rs(r, string.digits, 6), b64(r, 48, url=True, pad=False), hexs(r, 32), r.randint(2, 40))
@k("tus_upload_headers")
def _(r): return "Location: https://upload.example.com/files/%s\nUpload-Offset: 0\nX-Request-Nonce: %s" % (hexs(r, 32), b64(r, 16))
@k("studio_password_policy_notice")
def _(r): return "Reminder: gallery passwords are set per client in the dashboard. Never put them in the booking notes or in the shared drive."
@k("lab_reset_chat_without_value")
def _(r): return "Rui: I reset the hotfolder password, it's in the vault now\nAna: thanks, will pick it up from there, not over chat"
@k("stock_api_docs_curl_example")
def _(r): return "curl -H 'Authorization: Bearer YOUR_ACCESS_TOKEN' https://api.stock.example.com/v2/images/search?query=bokeh"
@k("lab_sdk_readme_sample_key")
def _(r): return "client = LabClient(api_key=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")  # replace with your key from the dashboard"

CLASSES = [
 ("camera_body_and_lens_serials", "exif_serial_dump", "exiftool_json_camera_ids"),
 ("xmp_and_catalog_asset_uuids", "xmp_sidecar_ids", "lightroom_catalog_uuid_rows"),
 ("stock_asset_and_license_numbers", "stock_asset_id_list", "licensing_invoice_line_ids"),
 ("minilab_job_and_print_order_numbers", "minilab_job_ticket", "print_order_csv"),
 ("public_share_slugs_and_roster_refs", "public_gallery_share_links", "school_job_roster_ids"),
 ("perceptual_and_content_image_hashes", "perceptual_hash_table", "blurhash_and_sha256_manifest"),
 ("icc_and_measurement_checksums", "icc_profile_header_dump", "colorchecker_measurement_checksum"),
 ("content_credential_claim_signatures", "c2pa_manifest_json", "c2pa_tool_output"),
 ("client_side_keys_in_gallery_pages", "checkout_publishable_key", "unsplash_public_client_id"),
 ("masked_values_in_lab_logs", "lab_api_masked_log", "gallery_config_dump_redacted"),
 ("placeholders_in_studio_configs", "studio_env_example", "helm_values_placeholder"),
 ("secret_store_pointers_in_dam_deploys", "vault_and_secret_manager_refs", "k8s_secret_key_ref"),
 ("ciphertext_in_gitops_repos", "sops_encrypted_yaml", "sealed_secret_manifest"),
 ("upload_session_ids_and_nonces", "s3_multipart_upload_log", "tus_upload_headers"),
 ("studio_talk_about_passwords_only", "studio_password_policy_notice", "lab_reset_chat_without_value"),
 ("stock_api_documentation_samples", "stock_api_docs_curl_example", "lab_sdk_readme_sample_key"),
]

def wrap(w, body, r):
    if w is None: return body
    if w == "in_studio_ops_slack_thread": return "#studio-ops\nPaulo: is this ok to keep in the repo?\n```\n" + body + "\n```\nLeah: yes, nothing secret there"
    if w == "in_gallery_repo_gitea_pull_request": return "PR #%d review comment on config:\n> %s\nLooks fine to merge." % (r.randint(10, 999), body.replace("\n", "\n> "))
    if w == "in_lab_support_helpscout_ticket": return "Ticket %d (Help Scout)\nCustomer pasted:\n%s\n-- end of paste" % (r.randint(10000, 99999), body)
    if w == "in_photo_team_confluence_page": return "h2. Reference\n{code}\n" + body + "\n{code}"
    if w == "in_stock_agency_partner_email": return "Subject: Re: integration check\n\nHi team,\n\nfor reference:\n\n" + body + "\n\nBest,\nPartner Support"

def build(seed, forbidden):
    rng = random.Random(seed)
    recs, seen = [], set()
    for cls, *kinds in CLASSES:
        for kind in kinds:
            for w in WRAPS:
                for _ in range(100):
                    text = wrap(w, K[kind](rng), rng)
                    if text not in seen and not any(f in text for f in forbidden):
                        break
                seen.add(text)
                recs.append({"class": cls, "container": kind if w is None else kind + "__" + w, "text": text, "source": "negative"})
    return recs
