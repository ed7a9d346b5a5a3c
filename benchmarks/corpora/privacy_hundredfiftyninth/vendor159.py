"""Vendor token types in realistic containers (10 styles, cyclic)."""
import random, string
from gen159 import *

def A(n): return lambda r: rs(r, ALNUM, n)
def L(n): return lambda r: rs(r, LOWER_DIG, n)
def H(n): return lambda r: hexs(r, n)
def U(): return lambda r: uuid4(r)
def P(prefix, f): return lambda r: prefix + f(r)
def B(n, url=False, pad=True): return lambda r: b64(r, n, url, pad)
def UP(n): return lambda r: rs(r, string.ascii_uppercase + string.digits, n)

CANDIDATES = [
 ("pixieset_studio_api_key", A(40)), ("shootproof_oauth_client_secret", H(40)),
 ("pictime_api_token", A(32)), ("smugmug_oauth_api_secret", A(64)),
 ("zenfolio_api_key", U()), ("photoshelter_api_key", A(28)),
 ("honeybook_api_token", P("hb_", A(40))), ("dubsado_api_key", H(48)),
 ("studioninja_api_token", A(36)), ("tave_workspace_secret_key", H(40)),
 ("sproutstudio_api_key", P("ss_live_", A(32))), ("iriswork_api_token", L(40)),
 ("cloudspot_api_key", A(32)), ("picdrop_api_token", L(32)),
 ("aftershoot_api_key", P("as_", A(40))), ("imagen_ai_api_key", U()),
 ("adobe_io_client_secret", P("p8e-", L(32))), ("captureone_cloud_client_secret", B(33, url=True, pad=False)),
 ("shutterstock_oauth_access_token", P("v2/", A(160))), ("shutterstock_consumer_secret", A(16)),
 ("getty_images_api_secret", A(40)), ("alamy_contributor_api_key", H(32)),
 ("pond5_api_secret", A(32)), ("depositphotos_api_key", H(40)),
 ("dreamstime_api_key", H(32)), ("eyeem_client_secret", A(40)),
 ("unsplash_secret_key", B(32, url=True, pad=False)), ("pexels_api_key", A(56)),
 ("pixabay_api_key", lambda r: rs(r, string.digits, 8) + "-" + hexs(r, 25)),
 ("flickr_api_secret", H(16)), ("flickr_access_token", L(32)),
 ("canva_connect_client_secret", P("cnvca", A(40))), ("whcc_consumer_secret", A(32)),
 ("millers_lab_api_key", H(32)), ("bayphoto_api_key", U()),
 ("printful_private_token", A(40)), ("prodigi_api_key", U()),
 ("gelato_api_key", lambda r: uuid4(r) + "-" + uuid4(r) + ":" + uuid4(r)),
 ("cewe_partner_api_secret", H(48)), ("mpix_partner_token", A(30)),
 ("bynder_permanent_token", H(64)), ("canto_app_secret", A(64)),
 ("widen_acquia_dam_token", lambda r: "wat_" + L(10)(r) + "_" + H(32)(r)),
 ("brandfolder_api_key", A(32)), ("imgix_api_key", P("ak_", H(64))),
 ("filestack_app_secret", UP(26)), ("sirv_client_secret", B(48, url=False, pad=True)),
 ("frameio_developer_token", P("fio-u-", lambda r: rs(r, LOWER_DIG + "-_", 64))),
 ("backblaze_b2_application_key", P("K005", A(27))), ("wasabi_secret_access_key", lambda r: rs(r, ALNUM + "+/", 40)),
 ("gotphoto_api_key", A(40)), ("imagequix_api_token", H(40)),
 ("photoday_api_key", P("pd_live_", A(32))), ("fotomerchant_api_key", A(48)),
 ("vimeo_personal_access_token", H(32)), ("clarifai_personal_access_token", H(32)),
 ("removebg_api_key", A(24)), ("photoroom_api_key", H(40)),
 ("claid_api_key", H(32)), ("stability_ai_api_key", P("sk-", A(48))),
 ("leonardo_ai_api_key", U()), ("ideogram_api_key", B(64, url=True, pad=False)),
 ("fal_ai_key", lambda r: uuid4(r) + ":" + hexs(r, 32)), ("runway_api_secret", P("key_", H(128))),
 ("picsart_api_key", A(32)), ("anthropic_api_key", lambda r: "sk-ant-api03-" + rs(r, ALNUM + "-_", 93) + "AA"),
 ("postmark_server_token", U()), ("mailersend_api_token", P("mlsn.", H(64))),
 ("loops_api_key", H(32)), ("twilio_auth_token", H(32)),
 ("paypal_rest_client_secret", lambda r: "E" + rs(r, ALNUM + "-_", 79)),
 ("mistral_api_key", A(32)), ("cohere_api_key", A(40)),
 ("deepgram_api_key", H(40)), ("elevenlabs_api_key", P("sk_", H(48))),
 ("assemblyai_api_key", H(32)), ("netlify_personal_access_token", P("nfp_", A(36))),
 ("render_api_key", P("rnd_", A(32))), ("upstash_redis_rest_token", B(48, url=True, pad=False)),
 ("turso_database_token", lambda r: jwt(r, {"a": "rw", "id": uuid4(r)})),
 ("onesignal_rest_api_key", P("os_v2_app_", lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz234567", 113))),
 ("pusher_app_secret", H(20)), ("ably_api_key", lambda r: rs(r, ALNUM, 6) + "." + rs(r, ALNUM, 6) + ":" + rs(r, ALNUM + "-_", 43)),
 ("mux_token_secret", B(60, pad=False)), ("bunny_storage_zone_password", lambda r: uuid4(r) + "-" + hexs(r, 4) + "-" + hexs(r, 4)),
 ("linode_personal_access_token", H(64)), ("vultr_api_key", UP(36)),
 ("hetzner_cloud_api_token", A(64)), ("scaleway_secret_key", U()),
 ("ovh_application_secret", A(32)), ("convex_deploy_key", lambda r: "prod:" + L(12)(r) + "|" + B(48, url=True, pad=False)(r)),
 ("xata_api_key", P("xau_", A(36))), ("mongodb_atlas_private_key", U()),
 ("pinterest_access_token", P("pina_", lambda r: rs(r, string.ascii_uppercase + "234567", 96))),
 ("tiktok_business_access_token", H(40)), ("meta_graph_page_token", P("EAAB", A(180))),
 ("instagram_basic_display_token", P("IGQV", A(160))), ("linkedin_client_secret", P("WPL_AP1.", lambda r: A(16)(r) + "." + B(6, pad=False)(r) + "==")),
 ("youtube_oauth_refresh_token", P("1//0", lambda r: rs(r, ALNUM + "-_", 99))),
 ("google_oauth_client_secret", P("GOCSPX-", lambda r: rs(r, ALNUM + "-_", 28))),
 ("box_developer_token", A(32)), ("onedrive_graph_client_secret", lambda r: rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "~._-", 34)),
 ("smartalbums_license_key", lambda r: "-".join(UP(5)(r) for _ in range(5))),
 ("fundy_designer_cloud_token", A(40)), ("pass_gallery_api_key", H(40)),
 ("lifetouch_partner_secret", A(44)), ("jostens_yearbook_api_key", U()),
 ("treering_yearbook_token", L(40)), ("photolynx_api_key", H(32)),
 ("fotoware_api_client_secret", B(32)), ("extensis_portfolio_api_key", U()),
 ("mediavalet_subscription_key", H(32)), ("photomechanic_license_key", lambda r: "PM" + "-".join(UP(4)(r) for _ in range(6))),
 ("narrative_select_api_token", A(48)), ("evoto_api_key", P("ev_", A(40))),
 ("retouchup_api_key", H(40)), ("fiverr_workspace_api_token", A(36)),
 ("squarespace_commerce_api_key", U()), ("wix_api_key", lambda r: "IST." + jwt(r, {"data": uuid4(r)})),
 ("format_portfolio_api_token", A(32)), ("zno_partner_secret", H(32)),
 ("snapfish_partner_key", A(32)), ("shutterfly_api_secret", H(40)),
 ("photobox_partner_token", L(36)), ("cloudinary_api_secret", B(20, url=True, pad=False)),
 ("dropbox_refresh_token", A(64)), ("stripe_restricted_key", P("rk_live_", A(99))),
 ("kodakalaris_kiosk_api_key", H(32)), ("fujifilm_wps_api_secret", A(40)),
 ("noritsu_ezcontroller_license_key", UP(24)), ("picaggo_api_key", A(32)),
 ("github_fine_grained_pat", lambda r: "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)),
]

STYLES = [
 ("studio_backend_dotenv_staging", lambda K, V: "# .env.staging\nAPP_ENV=staging\n" + K.upper() + "=" + V + "\n"),
 ("gallery_firebase_functions_runtimeconfig_json", lambda K, V: "{\n  \"" + K.split('_')[0] + "\": {\n    \"" + "_".join(K.split('_')[1:]) + "\": \"" + V + "\"\n  }\n}\n"),
 ("lab_order_service_config_toml", lambda K, V: "[vendors." + K.split('_')[0] + "]\n" + "_".join(K.split('_')[1:]) + " = \"" + V + "\"\ntimeout_ms = 8000\n"),
 ("stock_uploader_powershell_profile_ps1", lambda K, V: "# Microsoft.PowerShell_profile.ps1\n$env:" + K.upper() + " = '" + V + "'\nSet-Location D:\\Stock\n"),
 ("dam_k8s_secret_stringdata_yaml", lambda K, V: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: dam-vendors\nstringData:\n  " + K.upper() + ": \"" + V + "\"\n"),
 ("tether_app_macos_defaults_write", lambda K, V: "defaults write com.example.tether " + "".join(x.capitalize() for x in K.split('_')) + " -string '" + V + "'\n"),
 ("culling_notebook_python_cell", lambda K, V: "In [3]: " + K + " = \"" + V + "\"\nIn [4]: client = connect(" + K + ")\n"),
 ("event_delivery_deno_env_ts", lambda K, V: "// env.ts\nexport const " + K.upper() + " = \"" + V + "\";\n"),
 ("retouch_team_mattermost_paste", lambda K, V: "@ines: here is the " + K.replace('_', ' ') + " for the batch: " + V + " (rotate after Friday)\n"),
 ("school_photo_cfml_application_cfc", lambda K, V: "component {\n  this.name = \"schoolPhotos\";\n  application." + K + " = \"" + V + "\";\n}\n"),
]

def build(seed, reg, deny, limit=120):
    rng = random.Random(seed)
    names, words = set(deny["names"]), set(deny["words"])
    dropped, kept = [], []
    for t, f in CANDIDATES:
        brand = t.split("_")[0]
        if brand in names or brand in words:
            dropped.append(t)
        else:
            kept.append((t, f))
    unused = [t for t, _ in kept[limit:]]
    kept = kept[:limit]
    recs = []
    for i, (t, f) in enumerate(kept):
        sname, sf = STYLES[i % len(STYLES)]
        v = reg.take(f, rng)
        text = sf(t, v)
        s = text.index(v)
        recs.append({"type": t, "container": t + "__" + sname, "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "vendor"})
    return recs, dropped, unused
