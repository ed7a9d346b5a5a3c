import random
from common import *

V = MARK


def _types():
    return {
        "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda r: rs(r, B64, 40), V),
        "database_password": ("DB_PASSWORD", lambda r: password(r), V),
        "datadog_api_key": ("DD_API_KEY", lambda r: rs(r, HEX, 32), V),
        "google_gemini_api_key": ("GEMINI_API_KEY", lambda r: "AIza" + rs(r, URLSAFE, 35), V),
        "huggingface_access_token": ("HF_TOKEN", lambda r: "hf_" + rs(r, string.ascii_letters, 34), V),
        "jwt_signing_secret": ("JWT_SECRET", lambda r: rs(r, URLSAFE, 48), V),
        "mysql_url_password": ("DATABASE_URL", lambda r: password(r).replace("?", "x").replace("#", "k").replace("%", "p"),
                               "mysql://wp_admin:" + V + "@db.@H@:3306/wordpress"),
        "openai_project_api_key": ("OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, URLSAFE, 58) + "T3BlbkFJ" + rs(r, URLSAFE, 58), V),
        "postgres_url_password": ("POSTGRES_URL", lambda r: password(r).replace("?", "x").replace("#", "k").replace("%", "p"),
                                  "postgres://cms_app:" + V + "@pg.@H@:5432/content"),
        "sendgrid_api_key": ("SENDGRID_API_KEY", lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43), V),
        "slack_bot_token": ("SLACK_BOT_TOKEN", lambda r: "xoxb-" + rs(r, string.digits, 12) + "-" + rs(r, string.digits, 13) + "-" + rs(r, ALNUM, 24), V),
        "smtp_password": ("SMTP_PASSWORD", lambda r: password(r), V),
        "stripe_live_secret_key": ("STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rs(r, ALNUM, 97), V),
        "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", lambda r: str(r.randint(5000000000, 7999999999)) + ":AA" + rs(r, URLSAFE, 33), V),
        "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda r: rs(r, HEX, 32), V),
        "anthropic_api_key": ("ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA", V),
    }

# @L@ label, @l@ lowercase label, @S@ snippet containing the value marker
CONTAINERS = {
 "creative_brief_docx_paste": "CREATIVE BRIEF – @C@ spring campaign\nObjective: awareness + sign-ups\nTone: warm, witty\nTech notes from dev (@P@): the landing form posts through our backend, @L@ = @S@\nDeliverables: 3x 15s reels, 1 hero banner",
 "agency_invoice_pdf_text_layer": "INVOICE #@N@\nBill to: @C@\nWebsite maintenance (March) ........ 640.00\nHosting renewal ..................... 180.00\nNotes: access details we configured for you – @L@: @S@\nPayment terms: 14 days",
 "client_onboarding_email_thread": "From: @P@ <@P@@agency.example>\nTo: marketing@client.example\nSubject: Re: onboarding – tools access\n\nHi team, all set up on our side. For your developer: @L@ is @S@\nThanks,\n@P@\n\n> On @D@ @Q@ wrote:\n> can you send what we need?",
 "wp_config_php_define_block": "<?php\n/** Custom keys for the @C@ site */\ndefine( 'WP_CACHE', true );\ndefine( '@L@', '@S@' );\ndefine( 'WP_DEBUG', false );",
 "wordpress_site_health_info_copy": "### wp-constants ###\n\nWP_HOME: https://@H@\nWP_DEBUG: false\n@L@: @S@\nWP_MEMORY_LIMIT: 256M\n### wp-media ###\nimage_editor: WP_Image_Editor_Imagick",
 "podcast_host_rss_settings_export": "Show: The @C@ Hour\nFeed URL: https://feeds.@H@/show-@N@.xml\nExplicit: no\nIntegrations -> custom webhook\n  @L@ = @S@\nEpisodes: 112",
 "obs_studio_basic_ini_profile": "[General]\nName=@C@ livestream\n\n[Output]\nMode=Advanced\n\n[Custom]\n; added by @P@ for the chat overlay\n@L@=@S@\n\n[Video]\nBaseCX=1920",
 "premiere_project_notes_txt": "PROJECT NOTES – @C@ brand film (edit v7)\n- music cleared: track 3 only\n- captions: burn-in for socials\n- upload bot creds (ask @P@ before changing): @L@ @S@\n- colour pass Thursday",
 "resolve_render_script_python": "#!/usr/bin/env python3\n# DaVinci Resolve render + notify script for @C@\nimport DaVinciResolveScript as dvr\n@L@ = \"@S@\"\nresolve = dvr.scriptapp('Resolve')\nproject = resolve.GetProjectManager().GetCurrentProject()",
 "after_effects_jsx_header_comment": "/*  @C@ lower-thirds auto-fill\n    author: @P@\n    data source creds: @L@ = @S@\n*/\nvar comp = app.project.activeItem;\nvar layer = comp.layer(\"Name\");",
 "figma_plugin_code_ts": "// code.ts – @C@ asset exporter plugin\nconst @L@ = '@S@';\nfigma.showUI(__html__, { width: 320, height: 480 });\nfigma.ui.onmessage = async (msg) => { /* ... */ };",
 "canva_team_handover_notes": "Handover – Canva team & brand kit (@C@)\n• Brand kit owner: @P@\n• Fonts: Recoleta / Inter\n• The auto-post integration uses @L@: @S@\n• Templates live in 'Campaign 2025' folder",
 "social_content_calendar_csv": "date,channel,post,owner,notes\n@D@,instagram,Reel – behind the scenes,@P@,\n@D@,linkedin,Case study carousel,@Q@,\"scheduler API – @L@=@S@\"\n@D@,tiktok,Trend remix,@P@,",
 "scheduler_bulk_upload_sheet_tsv": "Date\tTime\tNetwork\tMessage\tInternal\n@D@\t09:30\tFacebook\tNew menu drop!\t-\n@D@\t12:00\tX\tLive at 6\t@L@ @S@\n@D@\t18:00\tInstagram\tGiveaway\t-",
 "influencer_tracker_row_copy": "Creator | Platform | Fee | Status | Notes\n@@P@_creates | TikTok | 1,200 | contracted | —\n@@Q@.films | YouTube | 3,500 | draft | portal login for reporting dashboard: @L@ → @S@",
 "media_plan_flowchart_notes": "MEDIA PLAN Q3 – @C@\nSearch 40% | Social 35% | Display 15% | Audio 10%\nTracking: server-side via our tagging box\n(@L@ @S@)\nFlight: Jul 1 – Sep 30",
 "mjml_newsletter_template_comment": "<mjml>\n  <mj-head><mj-title>@C@ monthly</mj-title></mj-head>\n  <!-- build: @L@=@S@ -->\n  <mj-body><mj-section><mj-column><mj-text>Hello {{first_name}}</mj-text></mj-column></mj-section></mj-body>\n</mjml>",
 "email_html_footer_comment": "<table role=\"presentation\" width=\"100%\"><tr><td class=\"footer\">\n  You receive this because you subscribed at @H@.\n  <!-- sender config @L@: @S@ -->\n  <a href=\"{{unsubscribe}}\">Unsubscribe</a>\n</td></tr></table>",
 "netlify_toml_build_environment": "[build]\n  command = \"npm run build\"\n  publish = \"public\"\n\n[build.environment]\n  NODE_VERSION = \"20\"\n  @L@ = \"@S@\"",
 "nextjs_env_production_local": "# .env.production.local – @C@ microsite\nNEXT_PUBLIC_SITE_URL=https://@H@\n@L@=@S@\nNEXT_TELEMETRY_DISABLED=1",
 "gatsby_config_plugin_options": "module.exports = {\n  siteMetadata: { title: `@C@` },\n  plugins: [\n    { resolve: `gatsby-source-custom`, options: { @l@: `@S@` } },\n  ],\n}",
 "hugo_site_params_toml": "baseURL = \"https://@H@/\"\ntitle = \"@C@ portfolio\"\ntheme = \"hugo-noir\"\n\n[params]\n  @l@ = \"@S@\"\n  instagram = \"@@P@photo\"",
 "jekyll_config_yml_site": "title: @C@ press room\nurl: https://@H@\nmarkdown: kramdown\n@l@: \"@S@\"\nplugins:\n  - jekyll-feed",
 "ghost_config_production_json": "{\n  \"url\": \"https://@H@\",\n  \"server\": { \"port\": 2368 },\n  \"customIntegrations\": { \"@l@\": \"@S@\" },\n  \"paths\": { \"contentPath\": \"/var/lib/ghost/content\" }\n}",
 "strapi_dotenv_excerpt": "HOST=0.0.0.0\nPORT=1337\nAPP_KEYS=toBeModified1,toBeModified2\n@L@=@S@\nTRANSFER_TOKEN_SALT=tobemodified",
 "zapier_zap_step_note": "Zap: New Typeform entry → CRM → Slack\nStep 3 (Code by Zapier) – input data:\n  email: {{1.email}}\n  @l@: @S@\nOwner: @P@ (ops)",
 "make_scenario_blueprint_json": "{\"name\":\"@C@ lead router\",\"flow\":[{\"id\":1,\"module\":\"http:ActionSendData\",\"mapper\":{\"url\":\"https://api.@H@/v1/leads\",\"headers\":[{\"name\":\"@L@\",\"value\":\"@S@\"}]}}]}",
 "n8n_workflow_node_json": "{\n  \"nodes\": [{\n    \"name\": \"Set credentials\",\n    \"type\": \"n8n-nodes-base.set\",\n    \"parameters\": {\"values\": {\"string\": [{\"name\": \"@L@\", \"value\": \"@S@\"}]}}\n  }]\n}",
 "google_apps_script_gs_file": "// Code.gs – @C@ report mailer\nconst @L@ = '@S@';\nfunction sendWeekly() {\n  const sheet = SpreadsheetApp.getActive().getSheetByName('KPIs');\n}",
 "lightroom_plugin_info_lua": "-- Info.lua – @C@ gallery publisher\nreturn {\n  LrSdkVersion = 12.0,\n  LrToolkitIdentifier = 'example.@P@.publish',\n  @L@ = '@S@',\n}",
 "wedding_gallery_delivery_email": "Hi @P@ & @Q@!\n\nYour gallery is ready 🎉 Download link: https://gallery.@H@/@N@\nPS for your cousin who's setting up the website: @L@ – @S@\n\nWarmly, the studio",
 "music_release_checklist_md": "## Release checklist – single '@C@'\n- [x] master WAV 24/48\n- [x] artwork 3000px\n- [ ] ISRC from label\n- [ ] pre-save page bot: `@L@=@S@`\n- [ ] pitch to editorial",
 "band_tour_shared_notes_md": "# Tour notes (shared)\nVan: pickup 8am @D@\nMerch: card reader charged\nWebsite/ticket widget backend – @L@: @S@\nSoundcheck 5pm, doors 7pm",
 "frameio_review_comment_export": "Frame 00:01:12:04 | @P@ | @D@\n\"Can you swap the logo sting? Also dev asked me to paste this here: @L@ = @S@\"\nFrame 00:01:40:11 | @Q@ | @D@\n\"Colour looks great\"",
 "youtube_upload_script_py": "# upload.py – batch upload for @C@ channel\nimport os\n@L@ = \"@S@\"\nPLAYLIST = \"PL@N@\"\nfor f in sorted(os.listdir('exports')):\n    print('uploading', f)",
 "twitch_chatbot_config_yaml": "bot:\n  channel: @P@_live\n  prefix: \"!\"\nintegrations:\n  @l@: \"@S@\"\ncommands:\n  - name: discord",
 "stream_deck_action_settings_json": "{\"Actions\":{\"0,0\":{\"Name\":\"Go live\",\"Settings\":{\"endpoint\":\"https://@H@/hook\",\"@l@\":\"@S@\"},\"UUID\":\"com.elgato.streamdeck.system.website\"}}}",
 "agency_channel_export_line": "[@D@ 10:42] @P@: deploying the microsite now\n[@D@ 10:43] @Q@: wait which key did you use\n[@D@ 10:44] @P@: @L@ @S@\n[@D@ 10:44] @Q@: 👍",
 "trello_card_description_md": "**Card:** Launch @C@ newsletter\n**Checklist:** template ✔ list import ✔\n**Access:** `@L@` = `@S@`\n**Due:** @D@",
 "asana_task_comment_text": "@Q@ commented on 'Website hosting migration'\n\nMoved DNS, the new box is live. @L@: @S@ (rotate after launch)\n\n— @D@",
 "notion_page_markdown_export": "# @C@ — Tech stack\n\n| Tool | Owner | Key |\n|---|---|---|\n| CMS | @P@ | see vault |\n| Mailer | @Q@ | @L@ @S@ |",
 "freelancer_timesheet_csv": "date,client,hours,task,comment\n@D@,@C@,3.5,hero video edit,\n@D@,@C@,1.0,site fixes,\"set @L@ to @S@ on the server\"\n@D@,@C@,2.0,thumbnails,",
 "hosting_support_ticket_reply": "Ticket #@N@ – Website down after update\n\nCustomer (@P@): Our contact form stopped sending. Our developer said the setting is @L@=@S@ – is that right?\nAgent: Thanks, we'll check the mail relay.",
 "print_shop_order_email": "Order @N@ – 500x A5 flyers, 250gsm silk\nArtwork: final_v3.pdf (CMYK)\nUpload portal integration for our reorders: @L@ @S@\nDelivery to @C@ by @D@",
 "radio_automation_station_ini": "[Station]\nName=@C@ FM\nLogPath=D:\\Logs\n\n[NowPlaying]\nPushURL=https://@H@/np\n@L@=@S@",
}


def generate(seed=4401):
    rng = random.Random(seed)
    types = _types()
    tnames = sorted(types)
    use = {t: 0 for t in tnames}
    out = []
    for kind in sorted(CONTAINERS):
        tpl = CONTAINERS[kind]
        chosen = []
        for _ in range(4):
            cands = [t for t in tnames if t not in chosen]
            m = min(use[t] for t in cands)
            t = rng.choice([t for t in cands if use[t] == m])
            chosen.append(t); use[t] += 1
            label, gen, snip = types[t]
            value = gen(rng)
            low = label.lower()
            tt = tpl.replace("@L@", label).replace("@l@", low).replace("@S@", snip)
            text, start = fill(rng, tt, value)
            out.append(rec(text, start, value, t, kind, "everyday"))
    return out
