import type { EmailLanguageTexts } from "../email-templates.ts";

// Business Japanese: internal mail opens with お疲れさまです, mail to customers and partners with お世話になっております;
// Latin-script names keep a space on either side, as in Microsoft's Japanese texts.
export const JAPANESE: EmailLanguageTexts = {
  signature: "よろしくお願いいたします。\n{fm.name}\nFastTrack マネージャー\n{fm.email}",
  templates: {
    account_team_contact: {
      subject: "{customer.name} ({tenant.name}) の FastTrack について: ご連絡先の確認",
      body: "アカウントチームの皆様\n\nお疲れさまです。{customer.name} ({tenant.name}) を担当する FastTrack マネージャーです。このお客様は {services} について FastTrack の対象となっています。お客様にご連絡する前に、3 営業日以内に以下を教えていただけますでしょうか。\n\n- お客様と協業しているパートナーの有無と、その社名\n- ご連絡すべきお客様の担当者と、アカウントについて把握しておくべきこと\n- これらのサービスに関するお客様のビジネス上の理由、成功の責任者、目標日 (ご存じの場合)",
    },
    partner_contact: {
      subject: "{customer.name} 様の FastTrack: {services} を導入されていますか",
      body: "{partner.name} ご担当者様\n\nお世話になっております。アカウントチームから、貴社が {customer.name} 様 ({tenant.name}) を支援されていると伺いました。現在、同社向けに {services} のいずれかを導入されていますでしょうか。3 営業日以内にご返信をお願いいたします。導入されている場合は、お客様の利用状況が貴社の実績として計上されるよう、貴社の関与を記録いたします。導入されていない場合は、このお客様の記録から貴社を外させていただきます。",
    },
    customer_1st_contact: {
      subject: "{services} 向け FastTrack 特典のご案内",
      body: "ご担当者様\n\nお世話になっております。{customer.name} 様は、Microsoft が {services} の導入と活用を追加費用なしで支援する FastTrack をご利用いただけます。私は貴社担当の FastTrack マネージャーです。近日中に 30 分ほどお時間をいただき、ご計画をお伺いしたうえで、これらのサービスを社内で活用いただくための支援内容をご相談できますでしょうか。",
    },
    customer_2nd_contact: {
      subject: "RE: {services} 向け FastTrack 特典のご案内",
      body: "ご担当者様\n\nお世話になっております。下記の {services} 向け FastTrack のご案内について、改めてご連絡いたしました。今週お話しできるお時間はございますでしょうか。あるいは、{customer.name} 様でほかにご連絡すべき方がいらっしゃいましたら、お知らせください。",
    },
    customer_3rd_contact: {
      subject: "RE: {services} 向け FastTrack 特典のご案内",
      body: "ご担当者様\n\nお世話になっております。{services} 向け FastTrack について、ひとまずこちらが最後のご連絡となります。現在ご都合が合わない場合は、改めてご連絡すべき時期をご返信いただければ、その頃に再度ご連絡いたします。本特典は引き続き {customer.name} 様にご利用いただけます。",
    },
    sfb_escalation: {
      subject: "Skype for Business のエスカレーション: {customer.name} ({tenant.name})",
      body: "アカウントチームの皆様\n\nお疲れさまです。{customer.name} ({tenant.name}) に Teams First のご提案を行いましたが、お客様は引き続き Microsoft Teams ではなく Skype for Business の導入を希望されています。FastTrack では現在 {services} の支援を行っています。3 営業日以内に以下についてお知らせいただけますでしょうか。\n\n- この決定とその理由をご存じかどうか\n- Teams への移行についてお客様と話す場にご参加いただけるか、または誰が対応すべきか\n- それまでの間、Skype for Business について FastTrack がどのように対応すべきか",
    },
    acm_referral_notice: {
      subject: "{customer.name} 様: 導入および変更管理のパートナーのご紹介",
      body: "ご担当者様\n\nお世話になっております。お打ち合わせのとおり、QuickLeads を通じて、導入および変更管理を専門とするパートナーに {customer.name} 様をご紹介しました。ご紹介したパートナーは {referral.partners} です。所在地と専門分野に基づいて選定されており、3 営業日以内に各社から直接ご連絡があります。パートナーのサービスは有償で、条件は各社と直接ご相談いただくことになります。",
    },
    partner_referral_notice: {
      subject: "{customer.name} 様へのパートナーのご紹介: {referral.need}",
      body: "ご担当者様\n\nお世話になっております。お打ち合わせのとおり、{referral.need}を支援できるパートナーに {customer.name} 様をご紹介しました。ご紹介したパートナーは {referral.partners} です。所在地とこの種の作業の実績に基づいて選定しており、3 営業日以内に各社から直接ご連絡があります。パートナーのサービスは有償で、内容と条件は貴社とパートナーの間で直接ご相談いただきます。FastTrack による支援は予定どおり継続します。3 営業日を過ぎてもパートナーから連絡がない場合は、このメールにご返信ください。こちらで確認いたします。",
    },
    engagement_completion_account_team: {
      subject: "{customer.name} ({tenant.name}) の FastTrack エンゲージメント完了のお知らせ",
      body: "アカウントチームの皆様\n\nお疲れさまです。{customer.name} が {services} の FastTrack マイルストーンを達成しました。定例会議でお客様と完了についての話し合いを行い、別のワークロードの支援をご希望の場合は、その依頼方法をご案内します。",
    },
    engagement_completion_customer: {
      subject: "{services} の FastTrack エンゲージメント完了のお知らせ",
      body: "ご担当者様\n\nお世話になっております。{customer.name} 様が {services} のマイルストーンを達成されましたこと、心よりお祝い申し上げます。これをもちまして FastTrack のエンゲージメントは完了となります。ご協力いただき、誠にありがとうございました。別のワークロードについても支援をご希望の場合は、このメールにご返信ください。開始に向けてご案内いたします。",
    },
  },
};
