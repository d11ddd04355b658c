import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { createTransport, type Transporter } from 'nodemailer';
import { formatMoney } from '@dp/domain/money';
import { DecisionRecord, Initiative, Notification, NotificationStatus } from '@dp/api/database';

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

/** Where decisions are e-mailed from; without `smtpUrl` the applicant sees the decision in the application only. */
export interface MailOptions {
  /** smtp://user:password@host:587 or smtps://…; unset = no e-mail */
  smtpUrl?: string | null;
  /** the sender, e.g. `Digitaliseringsportföljen <noreply@kommun.se>` */
  from: string;
}

const OUTCOME_TEXT: Record<DecisionRecord['outcome'], string> = {
  GRANTED: 'beviljats',
  REJECTED: 'avslagits',
  DEFERRED: 'bordlagts',
  RETURNED: 'återremitterats till beredning',
};

/** The applicant's message about a decision, in Swedish. */
export function decisionMessage(initiative: Pick<Initiative, 'title'>, decision: DecisionRecord): { subject: string; body: string } {
  const lines = [
    `Ansökan ”${initiative.title}” har ${OUTCOME_TEXT[decision.outcome]} ${decision.decidedOn} (diarienummer ${decision.registrationNumber}).`,
  ];
  if (decision.outcome === 'GRANTED' && decision.grantedAmount != null) {
    lines.push(`Beviljat belopp: ${formatMoney(decision.grantedAmount)}.`);
    for (const a of decision.amountsByYear ?? []) lines.push(`  ${a.year}: ${formatMoney(a.amount)}`);
    if (decision.conditions) lines.push(`Villkor: ${decision.conditions}`);
  }
  if (decision.reason) lines.push(`Motivering: ${decision.reason}`);
  lines.push(`Beslutet fattades av ${decision.decidedByName}.`, '', 'Beslutet finns också i ansökan i Digitaliseringsportföljen.');
  return { subject: `Beslut om ansökan: ${initiative.title}`, body: lines.join('\n') };
}

/**
 * The applicant is told of a decision: the message is written to the notification table in the
 * decision's transaction (an outbox), then e-mailed to the application's contact after the commit when
 * SMTP is configured. A failed delivery is recorded, never undoes the decision.
 */
@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly em: EntityManager,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {
    this.transport = options.smtpUrl ? createTransport(options.smtpUrl) : null;
  }

  /** Adds the message to the caller's transaction. */
  queue(em: EntityManager, initiative: Initiative, decision: DecisionRecord): Notification {
    const { subject, body } = decisionMessage(initiative, decision);
    const recipient = initiative.contactEmail?.trim() || null;
    return em.create(Notification, {
      initiative,
      recipient,
      subject,
      body,
      status: this.transport && recipient ? NotificationStatus.PENDING : NotificationStatus.NOT_SENT,
    });
  }

  /** Sends the message in the background; a failure is recorded on the message and logged. */
  deliverLater(id: string): void {
    this.deliver(id).catch((e: unknown) => this.logger.error(`The decision e-mail ${id} could not be recorded: ${e instanceof Error ? e.message : String(e)}`));
  }

  /** Sends a queued message (after the decision's commit) and records the outcome. */
  async deliver(id: string): Promise<void> {
    if (!this.transport) return;
    const em = this.em.fork();
    const n = await em.findOne(Notification, { id, status: NotificationStatus.PENDING });
    if (!n?.recipient) return;
    try {
      await this.transport.sendMail({ from: this.options.from, to: n.recipient, subject: n.subject, text: n.body });
      n.status = NotificationStatus.SENT;
      n.sentAt = new Date();
    } catch (e) {
      n.status = NotificationStatus.FAILED;
      n.error = e instanceof Error ? e.message.slice(0, 2000) : String(e);
      this.logger.warn(`The decision e-mail ${id} could not be sent: ${n.error}`);
    }
    await em.flush();
  }
}
