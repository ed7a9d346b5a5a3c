import random
from common import *

V = MARK
U = string.ascii_uppercase
D = string.digits
L = string.ascii_lowercase


def g(*parts):
    """parts: literal strings or (alphabet, n) tuples or callables(rng)."""
    def f(r):
        s = ""
        for p in parts:
            if isinstance(p, str):
                s += p
            elif callable(p):
                s += p(r)
            else:
                s += rs(r, p[0], p[1])
        return s
    return f

UUID = uuid4
JWT = lambda sub: (lambda r: fake_jwt(r, {"sub": sub, "iat": 1735689600 + r.randint(0, 9999999)}))

# (type, label, generator)
VENDORS = [
 ("mailchimp_marketing_api_key", "MAILCHIMP_API_KEY", lambda r: rs(r, HEX, 32) + "-us" + str(r.randint(1, 21))),
 ("mandrill_transactional_api_key", "MANDRILL_KEY", g("md-", (URLSAFE, 22))),
 ("mailgun_sending_api_key", "MAILGUN_API_KEY", g((HEX, 32), "-", (HEX, 8), "-", (HEX, 8))),
 ("postmark_server_api_token", "POSTMARK_SERVER_TOKEN", UUID),
 ("brevo_v3_api_key", "BREVO_API_KEY", g("xkeysib-", (HEX, 64), "-", (ALNUM, 16))),
 ("brevo_smtp_relay_key", "BREVO_SMTP_KEY", g("xsmtpsib-", (HEX, 64), "-", (ALNUM, 16))),
 ("sparkpost_api_key", "SPARKPOST_API_KEY", g((HEX, 40))),
 ("kit_convertkit_v4_api_key", "KIT_API_KEY", g("kit_", (HEX, 32))),
 ("activecampaign_api_key", "ACTIVECAMPAIGN_API_KEY", g((HEX, 72))),
 ("campaign_monitor_api_key", "CM_API_KEY", g((B64, 86), "==")),
 ("constant_contact_client_secret", "CTCT_CLIENT_SECRET", g((URLSAFE, 22))),
 ("getresponse_api_key", "GETRESPONSE_API_KEY", g((LOWER_ALNUM, 32))),
 ("moosend_api_key", "MOOSEND_API_KEY", UUID),
 ("mailerlite_api_token", "MAILERLITE_API_TOKEN", lambda r: fake_jwt(r, {"aud": "4", "jti": rs(r, HEX, 40)})),
 ("omnisend_api_key", "OMNISEND_API_KEY", g((HEX, 24), "-", (ALNUM, 50))),
 ("beehiiv_api_key", "BEEHIIV_API_KEY", g((ALNUM, 64))),
 ("buttondown_api_key", "BUTTONDOWN_API_KEY", UUID),
 ("customer_io_app_api_key", "CUSTOMERIO_APP_API_KEY", g((HEX, 32))),
 ("iterable_server_api_key", "ITERABLE_API_KEY", g((HEX, 32))),
 ("onesignal_rest_api_key", "ONESIGNAL_REST_API_KEY", g("os_v2_app_", (L + "234567", 110))),
 ("mailjet_api_secret_key", "MJ_APIKEY_PRIVATE", g((HEX, 32))),
 ("emailoctopus_api_key", "EMAILOCTOPUS_API_KEY", g("eo_", (HEX, 64))),
 ("hootsuite_app_client_secret", "HOOTSUITE_CLIENT_SECRET", g((ALNUM, 48))),
 ("buffer_api_access_token", "BUFFER_ACCESS_TOKEN", g("1/", (HEX, 32))),
 ("sprout_social_api_token", "SPROUT_API_TOKEN", g((ALNUM, 64))),
 ("later_partner_api_key", "LATER_API_KEY", g((HEX, 40))),
 ("facebook_page_access_token", "FB_PAGE_ACCESS_TOKEN", g("EAAG", (ALNUM, 180))),
 ("meta_conversions_api_access_token", "META_CAPI_TOKEN", g("EAAI", (ALNUM, 176))),
 ("instagram_graph_user_access_token", "IG_ACCESS_TOKEN", g("IGQVJ", (URLSAFE, 150))),
 ("tiktok_business_api_access_token", "TIKTOK_ACCESS_TOKEN", g((HEX, 40))),
 ("tiktok_developers_client_secret", "TIKTOK_CLIENT_SECRET", g((ALNUM, 32))),
 ("x_api_app_bearer_token", "X_BEARER_TOKEN", g("AAAAAAAAAAAAAAAAAAAAA", (ALNUM, 25), "%3D", (ALNUM, 50))),
 ("x_api_consumer_secret", "X_API_KEY_SECRET", g((ALNUM, 50))),
 ("pinterest_api_access_token", "PINTEREST_ACCESS_TOKEN", g("pina_", (UPPER_ALNUM, 96))),
 ("linkedin_marketing_client_secret", "LINKEDIN_CLIENT_SECRET", g("WPL_AP1.", (ALNUM, 16), ".", (B64, 8), "==")),
 ("snapchat_marketing_api_client_secret", "SNAP_CLIENT_SECRET", g((URLSAFE, 22))),
 ("reddit_ads_app_secret", "REDDIT_APP_SECRET", g((URLSAFE, 30))),
 ("youtube_data_api_v3_key", "YOUTUBE_API_KEY", g("AIza", (URLSAFE, 35))),
 ("vimeo_personal_access_token", "VIMEO_ACCESS_TOKEN", g((HEX, 32))),
 ("twitch_application_client_secret", "TWITCH_CLIENT_SECRET", g((LOWER_ALNUM, 30))),
 ("bluesky_app_password", "BSKY_APP_PASSWORD", lambda r: "-".join(rs(r, LOWER_ALNUM, 4) for _ in range(4))),
 ("threads_api_app_secret", "THREADS_APP_SECRET", g((HEX, 32))),
 ("google_ads_developer_token", "GOOGLE_ADS_DEVELOPER_TOKEN", g((URLSAFE, 22))),
 ("microsoft_advertising_developer_token", "MSADS_DEVELOPER_TOKEN", g((UPPER_ALNUM, 16))),
 ("the_trade_desk_api_token", "TTD_AUTH_TOKEN", g((B64, 120))),
 ("criteo_marketing_client_secret", "CRITEO_CLIENT_SECRET", g((URLSAFE, 44))),
 ("taboola_backstage_client_secret", "TABOOLA_CLIENT_SECRET", g((HEX, 32))),
 ("outbrain_amplify_ob_token", "OB_TOKEN_V1", g((B64, 68), "=")),
 ("adroll_api_client_secret", "ADROLL_CLIENT_SECRET", g((ALNUM, 32))),
 ("quora_ads_access_token", "QUORA_ADS_TOKEN", g((ALNUM, 43))),
 ("stackadapt_graphql_api_key", "STACKADAPT_API_KEY", g((HEX, 64))),
 ("xandr_invest_auth_token", "XANDR_TOKEN", g("authn:", (D, 6), ":", (HEX, 32), ":nym2")),
 ("plausible_stats_api_key", "PLAUSIBLE_API_KEY", g((URLSAFE, 64))),
 ("fathom_analytics_api_token", "FATHOM_API_TOKEN", g((D, 1), "|", (ALNUM, 40))),
 ("matomo_token_auth", "MATOMO_TOKEN_AUTH", g((HEX, 32))),
 ("hotjar_api_client_secret", "HOTJAR_CLIENT_SECRET", g((HEX, 64))),
 ("semrush_api_key", "SEMRUSH_API_KEY", g((HEX, 32))),
 ("ahrefs_api_v3_key", "AHREFS_API_KEY", g((URLSAFE, 40))),
 ("moz_links_api_secret_key", "MOZ_SECRET_KEY", g((HEX, 32))),
 ("similarweb_api_key", "SIMILARWEB_API_KEY", g((HEX, 32))),
 ("brandwatch_api_access_token", "BRANDWATCH_TOKEN", UUID),
 ("meltwater_api_key", "MELTWATER_API_KEY", g((ALNUM, 40))),
 ("ga4_measurement_protocol_api_secret", "GA4_API_SECRET", g((URLSAFE, 22))),
 ("segment_public_api_token", "SEGMENT_PAPI_TOKEN", g("sgp_", (ALNUM, 64))),
 ("hubspot_private_app_access_token", "HUBSPOT_ACCESS_TOKEN", lambda r: "pat-na1-" + uuid4(r)),
 ("marketo_rest_client_secret", "MARKETO_CLIENT_SECRET", g((ALNUM, 32))),
 ("unbounce_api_key", "UNBOUNCE_API_KEY", g((HEX, 32))),
 ("typeform_personal_access_token", "TYPEFORM_TOKEN", g("tfp_", (ALNUM, 44), "_", (ALNUM, 14))),
 ("jotform_api_key", "JOTFORM_API_KEY", g((HEX, 32))),
 ("surveymonkey_access_token", "SURVEYMONKEY_TOKEN", g((URLSAFE, 72))),
 ("contentful_management_token", "CONTENTFUL_MANAGEMENT_TOKEN", g("CFPAT-", (URLSAFE, 43))),
 ("sanity_robot_api_token", "SANITY_API_TOKEN", g("sk", (ALNUM, 180))),
 ("storyblok_management_oauth_token", "STORYBLOK_OAUTH_TOKEN", g((ALNUM, 22), "-", (D, 6), "-", (ALNUM, 20))),
 ("prismic_permanent_access_token", "PRISMIC_ACCESS_TOKEN", lambda r: fake_jwt(r, {"type": "user", "id": rs(r, HEX, 24)})),
 ("strapi_full_access_api_token", "STRAPI_API_TOKEN", g((HEX, 256))),
 ("ghost_admin_api_key", "GHOST_ADMIN_API_KEY", g((HEX, 24), ":", (HEX, 64))),
 ("wordpress_application_password", "WP_APP_PASSWORD", lambda r: " ".join(rs(r, ALNUM, 4) for _ in range(6))),
 ("webflow_site_api_token", "WEBFLOW_API_TOKEN", g((HEX, 64))),
 ("wix_headless_api_key", "WIX_API_KEY", lambda r: "IST." + fake_jwt(r, {"data": rs(r, B64, 60)})),
 ("squarespace_commerce_api_key", "SQSP_API_KEY", UUID),
 ("netlify_personal_access_token", "NETLIFY_AUTH_TOKEN", g("nfp_", (ALNUM, 36))),
 ("vercel_account_access_token", "VERCEL_TOKEN", g((ALNUM, 24))),
 ("cloudinary_api_secret", "CLOUDINARY_API_SECRET", g((URLSAFE, 27))),
 ("imgix_management_api_key", "IMGIX_API_KEY", g("ak_", (HEX, 64))),
 ("uploadcare_secret_key", "UPLOADCARE_SECRET_KEY", g((HEX, 20))),
 ("mux_access_token_secret", "MUX_TOKEN_SECRET", g((B64, 75))),
 ("wp_engine_api_password", "WPE_API_PASSWORD", g((ALNUM, 32))),
 ("kinsta_api_key", "KINSTA_API_KEY", g((HEX, 64))),
 ("cpanel_api_token", "CPANEL_API_TOKEN", g((UPPER_ALNUM, 32))),
 ("plesk_secret_api_key", "PLESK_API_KEY", UUID),
 ("bunny_net_account_api_key", "BUNNY_API_KEY", lambda r: uuid4(r) + rs(r, HEX, 4) + "-" + rs(r, HEX, 4) + "-" + rs(r, HEX, 4) + "-" + rs(r, HEX, 4) + "-" + rs(r, HEX, 12)),
 ("buzzsprout_api_token", "BUZZSPROUT_API_TOKEN", g((HEX, 32))),
 ("transistor_fm_api_key", "TRANSISTOR_API_KEY", g((URLSAFE, 22))),
 ("podbean_client_secret", "PODBEAN_CLIENT_SECRET", g((ALNUM, 20))),
 ("captivate_fm_api_token", "CAPTIVATE_API_TOKEN", g((ALNUM, 40))),
 ("spotify_web_api_client_secret", "SPOTIFY_CLIENT_SECRET", g((HEX, 32))),
 ("soundcloud_api_client_secret", "SOUNDCLOUD_CLIENT_SECRET", g((ALNUM, 32))),
 ("restream_client_secret", "RESTREAM_CLIENT_SECRET", UUID),
 ("wistia_api_access_token", "WISTIA_API_TOKEN", g((HEX, 64))),
 ("jw_player_v2_api_secret", "JWP_API_SECRET", g((ALNUM, 48))),
 ("brightcove_oauth_client_secret", "BC_CLIENT_SECRET", g((URLSAFE, 86))),
 ("api_video_api_key", "APIVIDEO_API_KEY", g((ALNUM, 43))),
 ("cloudflare_stream_api_token", "CF_STREAM_API_TOKEN", g((URLSAFE, 40))),
 ("livepeer_studio_api_key", "LIVEPEER_API_KEY", UUID),
 ("figma_personal_access_token", "FIGMA_TOKEN", g("figd_", (URLSAFE, 43))),
 ("canva_connect_client_secret", "CANVA_CLIENT_SECRET", g("cnvca", (URLSAFE, 43))),
 ("adobe_io_oauth_client_secret", "ADOBE_CLIENT_SECRET", g("p8e-", (URLSAFE, 32))),
 ("frame_io_developer_token", "FRAMEIO_TOKEN", g("fio-u-", (URLSAFE, 64))),
 ("shutterstock_api_client_secret", "SHUTTERSTOCK_CLIENT_SECRET", g((ALNUM, 16))),
 ("getty_images_api_secret", "GETTY_API_SECRET", g((ALNUM, 40))),
 ("unsplash_api_secret_key", "UNSPLASH_SECRET_KEY", g((URLSAFE, 43))),
 ("pexels_api_key", "PEXELS_API_KEY", g((ALNUM, 56))),
 ("envato_personal_token", "ENVATO_TOKEN", g((ALNUM, 32))),
 ("elevenlabs_api_key", "ELEVENLABS_API_KEY", g("sk_", (HEX, 48))),
 ("runway_api_secret", "RUNWAYML_API_SECRET", g("key_", (HEX, 128))),
 ("stability_ai_api_key", "STABILITY_API_KEY", g("sk-", (ALNUM, 48))),
 ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", g((HEX, 32))),
 ("deepgram_api_key", "DEEPGRAM_API_KEY", g((HEX, 40))),
 ("rev_ai_access_token", "REVAI_ACCESS_TOKEN", g("02", (URLSAFE, 70))),
 ("musixmatch_api_key", "MUSIXMATCH_API_KEY", g((HEX, 32))),
 ("lastfm_shared_secret", "LASTFM_SECRET", g((HEX, 32))),
 ("genius_client_access_token", "GENIUS_ACCESS_TOKEN", g((URLSAFE, 64))),
 ("discogs_personal_access_token", "DISCOGS_TOKEN", g((ALNUM, 40))),
 ("airtable_personal_access_token", "AIRTABLE_PAT", g("pat", (ALNUM, 14), ".", (HEX, 64))),
 ("monday_com_api_token", "MONDAY_API_TOKEN", lambda r: fake_jwt(r, {"tid": r.randint(10**8, 10**9), "aai": 11, "uid": r.randint(10**7, 10**8)})),
 ("calendly_personal_access_token", "CALENDLY_TOKEN", lambda r: fake_jwt(r, {"iss": "https://auth.calendly.com", "jti": uuid4(r)})),
 ("bitly_generic_access_token", "BITLY_TOKEN", g((HEX, 40))),
 ("rebrandly_api_key", "REBRANDLY_API_KEY", g((HEX, 32))),
 ("eventbrite_private_token", "EVENTBRITE_TOKEN", g((UPPER_ALNUM, 20))),
 ("make_com_api_token", "MAKE_API_TOKEN", UUID),
]

# 12 styles: @L@ = label, @l@ lower label
STYLES = {
 "php_define_constant_line": "<?php\n// @C@ theme functions.php include\ndefine( '@L@', '" + V + "' );\n",
 "dotenv_vercel_pull_output": "# Created by Vercel CLI\nNODE_ENV=\"production\"\n@L@=\"" + V + "\"\nVERCEL_ENV=\"production\"\n",
 "netlify_ui_env_var_copy": "Site configuration › Environment variables\nKey: @L@\nValues: Same value for all deploy contexts\n" + V + "\nScopes: Builds, Functions\n",
 "liquid_theme_settings_json": "{\n  \"current\": {\n    \"@l@\": \"" + V + "\",\n    \"colors_accent_1\": \"#E4572E\"\n  }\n}\n",
 "apps_script_properties_call": "function setup() {\n  PropertiesService.getScriptProperties().setProperty('@L@', '" + V + "');\n}\n",
 "extendscript_jsx_var": "#target aftereffects\n// @C@ render-queue notifier\nvar @L@ = \"" + V + "\";\n",
 "wp_cli_option_update_line": "$ wp option update @l@ '" + V + "' --autoload=no\nSuccess: Updated '@l@' option.\n",
 "n8n_credentials_export_entry": "[{\"name\":\"@C@ – @L@\",\"type\":\"httpHeaderAuth\",\"data\":{\"name\":\"Authorization\",\"value\":\"" + V + "\"}}]\n",
 "ruby_jekyll_plugin_constant": "# _plugins/feed_sync.rb\nmodule FeedSync\n  @L@ = '" + V + "'.freeze\nend\n",
 "lua_obs_script_setting": "-- obs-studio script: @c@ overlay\nobs = obslua\nlocal @l@ = \"" + V + "\"\nfunction script_description() return \"overlay\" end\n",
 "hugo_data_yaml_entry": "# data/services.yaml\n@l@: \"" + V + "\"\nnewsletter: enabled\n",
 "craft_cms_general_php_array": "<?php\nreturn [\n    '*' => [\n        '@l@' => '" + V + "',\n        'devMode' => false,\n    ],\n];\n",
}


def generate(seed=4402):
    rng = random.Random(seed)
    out = []
    snames = list(STYLES)
    for i, (typ, label, gen) in enumerate(VENDORS):
        style = snames[i % len(snames)]
        value = gen(rng)
        tpl = STYLES[style].replace("@L@", label).replace("@l@", label.lower()).replace("@c@", "client")
        text, start = fill(rng, tpl, value)
        out.append(rec(text, start, value, typ, typ + "__" + style, "vendor"))
    return out
