"""Hard negatives from the VFX / animation / render-farm world: look like secrets, are not."""
import base64, hashlib, json, random, string
from common117 import *


def sha(r, n=32):
    return hashlib.sha256(bytes(r.randrange(256) for _ in range(16))).hexdigest()[: n * 2]


def md5(r):
    return hashlib.md5(bytes(r.randrange(256) for _ in range(16))).hexdigest()


def oid(r):
    return hexs(r, 24)


def tc(r):
    return f"{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}:{r.randint(0,23):02d}"


B = {}


def base(cls, kind):
    def deco(f):
        B.setdefault(cls, []).append((kind, f))
        return f
    return deco


@base("production_tracker_entity_ids", "shotgrid_find_result_json")
def _(r):
    return json.dumps([{"type": "Version", "id": r.randint(100000, 999999), "code": shot(r) + "_comp_v0" + str(r.randint(10, 99)),
                        "sg_uploaded_movie_id": r.randint(10**6, 10**7)} for _ in range(2)], indent=1)


@base("production_tracker_entity_ids", "ftrack_query_result_rows")
def _(r):
    return "\n".join(f"AssetVersion id={uuid4(r)} task_id={uuid4(r)} version={r.randint(1,40)}" for _ in range(3))


@base("exr_and_plate_content_hashes", "exr_header_dump_with_hash")
def _(r):
    return f"file: {shot(r)}_plate.{r.randint(1001,1200)}.exr\ncompression (type compression): dwaa\nstudio/contentSha256 (type string): \"{sha(r)}\"\ndataWindow (type box2i): (0 0) - (4095 2159)"


@base("exr_and_plate_content_hashes", "plate_ingest_md5_manifest")
def _(r):
    return "\n".join(f"{md5(r)}  {shot(r)}/plate.{r.randint(1001,1200)}.exr" for _ in range(4))


@base("usd_layer_and_prim_identifiers", "usda_layer_customdata_ids")
def _(r):
    return f"#usda 1.0\n(\n    customLayerData = {{\n        string assetId = \"{uuid4(r)}\"\n        string revision = \"{hexs(r, 40)}\"\n    }}\n)\ndef Xform \"char_{r.randint(1,99)}\" {{}}"


@base("usd_layer_and_prim_identifiers", "asset_resolver_uri_listing")
def _(r):
    return "\n".join(f"asset://{r.choice(['cobalt','kestrel'])}/{uuid4(r)}?v={r.randint(1,60)}" for _ in range(3))


@base("farm_job_object_ids", "deadline_job_list_json")
def _(r):
    return json.dumps([{"_id": oid(r), "Props": {"Name": shot(r) + " render", "Batch": oid(r)}, "Stat": r.randint(1, 6)} for _ in range(2)])


@base("farm_job_object_ids", "opencue_frame_table")
def _(r):
    return "\n".join(f"{uuid4(r)}  {r.randint(1001,1200):04d}-{shot(r)}_lgt  SUCCEEDED  {r.randint(1,9)}h{r.randint(10,59)}m  host rn{r.randint(100,999)}" for _ in range(3))


@base("colour_pipeline_lut_digests", "ocio_cache_id_listing")
def _(r):
    return "\n".join(f"cacheID {md5(r)}  ACEScg -> {c}" for c in ["sRGB - Display", "Rec.1886 Rec.709 - Display", "P3-D65 - Display"])


@base("colour_pipeline_lut_digests", "lut_checksum_csv")
def _(r):
    return "file,sha1\n" + "\n".join(f"{shot(r)}_grade.cube,{hexs(r,40)}" for _ in range(3))


@base("timecode_and_frame_range_strings", "edl_event_lines")
def _(r):
    return "TITLE: REEL_{}\n".format(r.randint(1, 9)) + "\n".join(f"{i:03d}  A{r.randint(100,999)}C{r.randint(1,99):03d}  V  C  {tc(r)} {tc(r)} {tc(r)} {tc(r)}" for i in range(1, 4))


@base("timecode_and_frame_range_strings", "frame_range_manifest")
def _(r):
    return "\n".join(f"{shot(r)}: {r.randint(1001,1010)}-{r.randint(1100,1300)} handles 8 src_tc {tc(r)}" for _ in range(3))


@base("licence_server_hostids_and_serials", "flexlm_lmstat_output")
def _(r):
    mac = "".join(hexs(r, 12))
    return f"License server status: 27000@{host(r)}\n    license server UP (MASTER) v11.19.4\nVendor daemon status (on lic01):\n  foundry: UP v11.19\nHOSTID={mac}  SERVER_ID={r.randint(10**8,10**9)}"


@base("licence_server_hostids_and_serials", "dcc_seat_serial_inventory_csv")
def _(r):
    return "product,serial,product_key\n" + "\n".join(f"Maya {r.randint(2023,2025)},{r.randint(100,999)}-{r.randint(10**7,10**8-1)},657{rs(r,string.ascii_uppercase,1)}1" for _ in range(3))


@base("depot_changelist_and_file_digests", "p4_fstat_digest_output")
def _(r):
    return f"... depotFile //depot/{shot(r)}/comp/main.nk\n... headChange {r.randint(10**5,10**6)}\n... headRev {r.randint(1,90)}\n... digest {md5(r).upper()}\n... fileSize {r.randint(10**4,10**6)}"


@base("depot_changelist_and_file_digests", "git_lfs_pointer_file")
def _(r):
    return f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha(r)}\nsize {r.randint(10**5,10**9)}"


@base("review_media_asset_ids", "frameio_asset_list_json")
def _(r):
    return json.dumps({"data": [{"id": uuid4(r), "type": "file", "name": shot(r) + "_v0" + str(r.randint(10, 99)) + ".mov"} for _ in range(2)]})


@base("review_media_asset_ids", "syncsketch_review_item_urls")
def _(r):
    return "\n".join(f"https://syncsketch.com/sketch/{hexs(r,12)}#{r.randint(10**6,10**7)}/{r.randint(10**6,10**7)}" for _ in range(3))


@base("public_player_and_embed_keys", "mux_public_playback_ids_html")
def _(r):
    return f"<mux-player playback-id=\"{rs(r, ALNUM, 40)}\" metadata-video-title=\"{shot(r)} turntable\" stream-type=\"on-demand\"></mux-player>\n<!-- playback policy: public -->"


@base("public_player_and_embed_keys", "sketchfab_embed_iframe_uid")
def _(r):
    return f"<iframe title=\"asset turntable\" src=\"https://sketchfab.com/models/{hexs(r,32)}/embed?autostart=1\" allow=\"autoplay; fullscreen\"></iframe>"


@base("masked_render_cloud_credentials", "farm_submitter_masked_log")
def _(r):
    return f"[submit] endpoint=https://{host(r)} key_id={rs(r, string.ascii_uppercase, 4)}****{rs(r, string.ascii_uppercase, 2)} secret=******** token=[REDACTED] job={oid(r)}"


@base("masked_render_cloud_credentials", "cloud_console_redacted_key_table")
def _(r):
    return "name              last four   created\n" + "\n".join(f"{n:<17} ...{rs(r, ALNUM, 4)}     2025-0{r.randint(1,9)}-1{r.randint(0,9)}" for n in ["farm-uploader", "dailies-bot", "lut-sync"])


@base("pipeline_template_placeholder_secrets", "rez_package_template_placeholders")
def _(r):
    return "def commands():\n    env.TRACKER_SCRIPT_KEY = \"<your-script-key>\"\n    env.FARM_API_TOKEN = \"CHANGEME\"\n    env.REVIEW_WEBHOOK_SECRET = \"${REVIEW_WEBHOOK_SECRET}\"  # set by launcher"


@base("pipeline_template_placeholder_secrets", "dcc_plugin_readme_config_example")
def _(r):
    return f"## Configuration\n\n```json\n{{\"server\": \"https://{host(r)}\", \"api_key\": \"YOUR_API_KEY_HERE\", \"secret\": \"xxxxxxxxxxxxxxxx\"}}\n```\nReplace the values with the ones from your studio admin."


@base("farm_secret_store_references", "vault_agent_template_reference")
def _(r):
    return "{{ with secret \"kv/data/farm/%s\" }}FARM_API_TOKEN={{ .Data.data.token }}{{ end }}" % r.choice(["cobalt", "kestrel", "tidepool"])


@base("farm_secret_store_references", "onepassword_op_uri_env_refs")
def _(r):
    return f"TRACKER_SCRIPT_KEY=op://Pipeline/{r.choice(['ShotGrid publish bot','Tracker bot'])}/credential\nRENDER_BUCKET_SECRET=op://Farm/render-bucket-{r.randint(1,9)}/secret_access_key\nDB_PASS=arn:aws:ssm:eu-west-1:{r.randint(10**11,10**12-1)}:parameter/farm/db/pass"


@base("ansible_vault_and_age_ciphertexts", "ansible_vault_encrypted_var")
def _(r):
    body = hexs(r, 320)
    return "farm_db_pass: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + body[i:i+80] for i in range(0, 320, 80))


@base("ansible_vault_and_age_ciphertexts", "age_armored_ciphertext_block")
def _(r):
    body = b64(r, 150)
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(body[i:i+64] for i in range(0, len(body), 64)) + "\n-----END AGE ENCRYPTED FILE-----"


@base("cryptomatte_manifest_hashes", "exr_cryptomatte_manifest_json")
def _(r):
    return "cryptomatte/" + hexs(r, 7) + "/manifest: " + json.dumps({n: hexs(r, 8) for n in ["hero_body", "hero_cape", "bg_trees", "fx_dust"]})


@base("cryptomatte_manifest_hashes", "nuke_cryptomatte_matte_list")
def _(r):
    return "Cryptomatte {\n matteList \"hero_cape, fx_dust\"\n expression \"" + " ".join(f"<{r.uniform(-1e30,1e30):.6e}>" for _ in range(2)) + "\"\n layerSelection CryptoObject\n manifestHash " + hexs(r, 8) + "\n}"


@base("studio_password_talk_without_value", "farm_password_rotation_memo")
def _(r):
    return f"Reminder: farm admin and licence-server passwords rotate on the {r.randint(1,28)}th. Never paste them in chat or tickets; the new ones will be in the vault and the wranglers will read them out on the call."


@base("studio_password_talk_without_value", "wrangler_chat_asks_for_password")
def _(r):
    return f"{user(r)}: anyone know the password for the Qube supervisor on {host(r)}? mine stopped working after the rotation\n{user(r)}: ask the IT desk, not posting it here"


WRAPS = [None, "in_wrangler_chat", "in_pipeline_ticket", "in_code_review_comment", "in_farm_runbook", "in_dailies_notes"]


def wrap(w, text, r):
    if w is None:
        return text
    if w == "in_wrangler_chat":
        return f"{user(r)}: pasting what I see:\n{text}"
    if w == "in_pipeline_ticket":
        return f"PIPE-{r.randint(1000,9999)} investigation notes\n\n{text}\n\nStatus: needs triage"
    if w == "in_code_review_comment":
        return f"> review comment on line {r.randint(10,400)}:\n{text}\nLooks fine to me, no secrets here."
    if w == "in_farm_runbook":
        return f"### Runbook step {r.randint(1,20)}\nExpected output:\n```\n{text}\n```"
    return f"Dailies {r.randint(1,28)}/03 notes -- {shot(r)}\n{text}"


def build(seed=11706):
    rng = random.Random(seed)
    out = []
    for cls, kinds in B.items():
        for kind, f in kinds:
            for w in WRAPS:
                t = wrap(w, f(rng), rng)
                out.append((cls, kind if w is None else kind + "__" + w, t))
    return out
