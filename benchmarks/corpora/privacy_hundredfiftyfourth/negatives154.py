"""Hard negatives from the genealogy / archive world: 16 classes x 2 base kinds x 6 presentations."""
import hashlib, base64
from common154 import G, HEXL, DIG, A_UP, ALNUM, LOWALNUM


def _kinds(g):
    r = g.r
    s = g.s
    K = {}
    K[("gedcom_xref_and_uid_pointers", "gedcom_individual_block")] = lambda: (
        "0 @I%d@ INDI\n1 NAME Eliza /Harlow/\n1 _UID %s\n1 FAMC @F%d@\n1 BIRT\n2 DATE %d MAR 18%02d\n" % (
            r.randint(1, 9999), s("0123456789ABCDEF", 36), r.randint(1, 999), r.randint(1, 28), r.randint(10, 99)))
    K[("gedcom_xref_and_uid_pointers", "family_tree_export_id_map_csv")] = lambda: "person_id,fs_pid,ancestry_gid\n" + "".join(
        "%d,%s-%s,%s:%d:%d\n" % (r.randint(100, 9999), s(A_UP + DIG, 4), s(A_UP + DIG, 3), s(DIG, 12), r.randint(1000, 99999), r.randint(1000, 9999)) for _ in range(3))
    K[("dna_kit_numbers_and_match_ids", "match_list_csv_rows")] = lambda: "kit,name,shared_cm,longest_cm\n" + "".join(
        "%s%s,Cousin %s,%d.%d,%d.%d\n" % (r.choice("ABMT"), s(DIG, 6), s("ABCDEFGH", 1), r.randint(20, 900), r.randint(0, 9), r.randint(7, 80), r.randint(0, 9)) for _ in range(3))
    K[("dna_kit_numbers_and_match_ids", "kit_activation_receipt")] = lambda: "Kit activated. Barcode %s-%s, sample id %s, lab batch LB%s.\n" % (
        s(DIG, 4), s(DIG, 4), s(A_UP + DIG, 12), s(DIG, 5))
    K[("raw_dna_genotype_rows", "raw_data_file_excerpt")] = lambda: "# rsid\tchromosome\tposition\tgenotype\n" + "".join(
        "rs%d\t%d\t%d\t%s%s\n" % (r.randint(1000, 99999999), r.randint(1, 22), r.randint(10000, 240000000), r.choice("ACGT"), r.choice("ACGT")) for _ in range(4))
    K[("raw_dna_genotype_rows", "segment_triangulation_table")] = lambda: "chr start end cM snps\n" + "".join(
        "%d %d %d %d.%d %d\n" % (r.randint(1, 22), r.randint(1000000, 90000000), r.randint(90000001, 180000000), r.randint(7, 60), r.randint(0, 9), r.randint(900, 9000)) for _ in range(3))
    K[("bagit_payload_manifest_digests", "manifest_sha256_txt")] = lambda: "".join(
        "%s  data/reel_%s/frame_%04d.tif\n" % (hashlib.sha256(s(ALNUM, 20).encode()).hexdigest(), s(DIG, 3), r.randint(1, 9999)) for _ in range(3))
    K[("bagit_payload_manifest_digests", "tagmanifest_md5_and_bag_info")] = lambda: "Payload-Oxum: %d.%d\nBagging-Date: 2025-%02d-%02d\n%s  bag-info.txt\n" % (
        r.randint(10**8, 10**10), r.randint(10, 9999), r.randint(1, 12), r.randint(1, 28), hashlib.md5(s(ALNUM, 20).encode()).hexdigest())
    K[("ark_doi_and_iiif_identifiers", "iiif_manifest_ids")] = lambda: '{"@id": "https://iiif.archive.example.org/iiif/3/%s/manifest", "service": [{"id": "https://iiif.archive.example.org/iiif/3/%s"}]}\n' % (
        s(LOWALNUM, 10), s(LOWALNUM, 24))
    K[("ark_doi_and_iiif_identifiers", "ark_and_doi_citation")] = lambda: "Cite as: ark:/%s/t%s and doi:10.%s/zenodo.%s\n" % (
        s(DIG, 5), s(LOWALNUM, 10), s(DIG, 4), s(DIG, 8))
    K[("microfilm_dgs_and_catalog_numbers", "film_request_list")] = lambda: "".join(
        "Film %s  DGS %s  item %d  (parish registers %d-%d)\n" % (s(DIG, 7), s(DIG, 9), r.randint(1, 12), r.randint(1600, 1800), r.randint(1801, 1900)) for _ in range(2))
    K[("microfilm_dgs_and_catalog_numbers", "record_office_call_numbers")] = lambda: "Refs: PR/%d/%d/%d, RG%d/%d/%d, D/%s/%d\n" % (
        r.randint(1, 999), r.randint(1, 99), r.randint(1, 99), r.choice([9, 10, 11, 12, 13, 14]), r.randint(1, 5000), r.randint(1, 200), s(A_UP, 3), r.randint(1, 999))
    K[("publishable_keys_on_tree_sites", "donation_page_publishable_key")] = lambda: "<script>const stripe = Stripe('pk_live_%s');</script>\n" % s(ALNUM, 99)
    K[("publishable_keys_on_tree_sites", "search_only_and_site_keys")] = lambda: "ALGOLIA_SEARCH_ONLY_KEY=%s  # public, search-only\nRECAPTCHA_SITE_KEY=6L%s\n" % (s(HEXL, 32), s(ALNUM + "-_", 38))
    K[("masked_values_in_scan_station_logs", "scanner_service_log")] = lambda: "%s INFO  smb connect user=scanner password=%s share=ScansInbox ok\n" % (
        "2025-%02d-%02dT0%d:1%d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 9), r.randint(0, 9)), "*" * r.randint(6, 14))
    K[("masked_values_in_scan_station_logs", "settings_page_masked_export")] = lambda: "ocr.api_key: %s%s\nnas.password: [hidden]\n" % ("•" * r.randint(20, 30), s(LOWALNUM, 4))
    K[("placeholder_values_in_genealogy_docs", "readme_config_placeholder")] = lambda: "FAMILYSEARCH_APP_KEY=<your-app-key>\nGEDMATCH_ADMIN_TOKEN=%s\n" % r.choice(["changeme", "YOUR_TOKEN_HERE", "replace-me", "xxxxxxxx"])
    K[("placeholder_values_in_genealogy_docs", "env_example_empty_values")] = lambda: "# copy to .env\nTREE_SITE_SESSION_SECRET=\nSCAN_STATION_NAS_PASSWORD=${SCAN_PW:?set me}\nDNA_MATCH_WORKER_API_KEY=%s\n" % r.choice(["dmw_XXXXXXXX", "<key>", "TODO"])
    K[("secret_manager_references_in_archive_pipelines", "github_actions_secret_expressions")] = lambda: "env:\n  IA_S3_SECRET: ${{ secrets.IA_S3_SECRET_%s }}\n  TRANSKRIBUS_REFRESH_TOKEN: ${{ secrets.TRANSKRIBUS_%s }}\n" % (s(A_UP, 4), s(A_UP, 4))
    K[("secret_manager_references_in_archive_pipelines", "k8s_secret_key_ref_and_op_read")] = lambda: "valueFrom:\n  secretKeyRef: {name: ocr-%s, key: broker-password}\n# local: op read op://Archive/ocr-%s/password\n" % (s(LOWALNUM, 5), s(LOWALNUM, 5))
    K[("fernet_and_rails_encrypted_values", "fernet_token_in_member_row")] = lambda: "member_id=%d phone_enc=gAAAAA%s\n" % (r.randint(100, 9999), g.b64(80, url=True).rstrip("="))
    K[("fernet_and_rails_encrypted_values", "rails_encrypted_credentials_blob")] = lambda: "# config/credentials.yml.enc\n%s--%s--%s\n" % (g.b64(96), g.b64(12), g.b64(16))
    K[("society_site_password_hash_rows", "wordpress_phpass_rows")] = lambda: "".join("%d\tmember%d\t$P$B%s\n" % (r.randint(1, 999), r.randint(1, 999), s("./" + ALNUM, 30)) for _ in range(2))
    K[("society_site_password_hash_rows", "django_pbkdf2_fixture")] = lambda: '{"model": "auth.user", "fields": {"password": "pbkdf2_sha256$870000$%s$%s"}}\n' % (s(ALNUM, 22), g.b64(32))
    K[("resumable_upload_and_etag_ids", "tus_upload_headers")] = lambda: "Location: https://upload.archive.example.org/files/%s\nUpload-Offset: %d\n" % (s(HEXL, 32), r.randint(0, 10**9))
    K[("resumable_upload_and_etag_ids", "s3_multipart_listing")] = lambda: '{"UploadId": "%s", "ETag": "\\"%s-%d\\""}\n' % (s(ALNUM + "._", 64), s(HEXL, 32), r.randint(2, 40))
    K[("vendor_docs_example_keys_genealogy_apis", "api_reference_curl_example")] = lambda: "curl -H 'Authorization: Bearer EXAMPLE_TOKEN_%s' https://api.example-genealogy.org/v1/persons/%s  # example from the docs\n" % (s(A_UP, 6), s(A_UP + DIG, 8))
    K[("vendor_docs_example_keys_genealogy_apis", "sdk_docstring_zero_key")] = lambda: '"""Example:\n    client = TreeClient(api_key="%s")\n"""\n' % r.choice(["0" * 32, "1234567890abcdef" * 2, "sk-test-0000000000000000", "a" * 40])
    K[("exif_xmp_and_scan_metadata_ids", "xmp_packet_ids")] = lambda: '<xmpMM:DocumentID>xmp.did:%s</xmpMM:DocumentID>\n<xmpMM:InstanceID>xmp.iid:%s</xmpMM:InstanceID>\n' % (g.uuid4(), g.uuid4())
    K[("exif_xmp_and_scan_metadata_ids", "exiftool_image_unique_id")] = lambda: "Image Unique ID                 : %s\nBody Serial Number              : %s\n" % (s(HEXL, 32), s(DIG, 12))
    K[("password_talk_without_value_in_societies", "membership_help_page")] = lambda: "Forgotten your password? Use the reset link on the login page; the society office will never ask for your password by phone (ref %d).\n" % r.randint(100, 999)
    K[("password_talk_without_value_in_societies", "volunteer_onboarding_note")] = lambda: "Each indexing volunteer gets their own scanner login. Passwords go in the society's password manager, never in the shared spreadsheet (rev %d).\n" % r.randint(2, 40)
    return K

WRAPS = [
 ("", "{X}"),
 ("__in_genealogy_society_forum_post", "Posted in Tech Corner by fhs_webteam:\nHere is what I see, anything wrong?\n\n{X}\n"),
 ("__in_tree_site_pull_request", "PR #{N}: tidy import\n```\n{X}```\nLGTM apart from naming.\n"),
 ("__in_archive_it_jira_ticket", "ARCH-{N} | Scan station follow-up\nDescription:\n{X}\n"),
 ("__in_family_history_wiki_page", "== Reference ==\n<pre>\n{X}</pre>\n"),
 ("__in_volunteer_coordinator_email", "Hi all,\nfor the record, this is from today's session:\n\n{X}\nThanks, Gwen\n"),
]


def build(forbidden, seed=15406):
    g = G(seed, None)
    K = _kinds(g)
    out, seen = [], set()
    for (cls, kind), fn in K.items():
        for suf, w in WRAPS:
            for _ in range(100):
                x = fn()
                t = w.replace("{N}", str(g.r.randint(100, 999))).replace("{X}", x)
                if t not in seen and not any(f in t for f in forbidden):
                    break
            else:
                raise RuntimeError("negative redraw failed")
            seen.add(t)
            out.append({"class": cls, "container": kind + suf, "text": t, "source": "negative"})
    return out
