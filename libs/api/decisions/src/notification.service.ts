import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
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
  /** how often unsent and failed messages are looked for (default one minute) */
  retryIntervalMs?: number;
  /** the wait after the first failed attempt, doubled after each further one (default one minute) */
  retryBaseMs?: number;
}

/** A message is tried this many times at the most. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/** While an attempt is under way no one else takes the message; after this long (a stopped process) it is due again. */
const ATTEMPT_LEASE_MS = 10 * 60_000;

/** The wait before the next attempt after `attempts` failed ones: base × 1, 2, 4, 8 (1, 2, 4, 8 minutes by default). */
export function retryDelayMs(attempts: number, baseMs = 60_000): number {
  return baseMs * 2 ** Math.max(0, attempts - 1);
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
 * SMTP is configured. A failed delivery is recorded and never undoes the decision; a sweep tries failed
 * messages again with a growing wait (at most five attempts), and sends those the process did not get
 * to (stopped between the commit and the sending). Each attempt is claimed with a conditional update, so
 * a message is never sent twice at once.
 */
@Injectable()
export class NotificationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationService.name);
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly em: EntityManager,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {
    this.transport = options.smtpUrl ? createTransport(options.smtpUrl) : null;
  }

  onApplicationBootstrap(): void {
    if (!this.transport) return;
    this.timer = setInterval(() => {
      this.sweep().catch((e: unknown) => this.logger.error(`The notification sweep failed: ${e instanceof Error ? e.message : String(e)}`));
    }, this.options.retryIntervalMs ?? 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
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

  /** Unsent messages whose time has come (pending, or failed and due again), each tried once. */
  async sweep(now = new Date()): Promise<void> {
    if (!this.transport) return;
    const due = await this.em.fork().find(
      Notification,
      {
        attempts: { $lt: MAX_DELIVERY_ATTEMPTS },
        status: { $in: [NotificationStatus.PENDING, NotificationStatus.FAILED] },
        $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }],
      },
      { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: 50 },
    );
    for (const n of due) await this.deliver(n.id);
  }

  /** One attempt at a message (after the decision's commit): claimed, sent, and the outcome recorded. */
  async deliver(id: string): Promise<void> {
    if (!this.transport) return;
    const em = this.em.fork();
    const n = await em.findOne(Notification, { id, status: { $in: [NotificationStatus.PENDING, NotificationStatus.FAILED] } });
    if (!n?.recipient || n.attempts >= MAX_DELIVERY_ATTEMPTS || (n.nextAttemptAt && n.nextAttemptAt > new Date())) return;
    // claim this attempt: whoever moves the counter first sends, and holds the message while it sends
    const claimed = await em.nativeUpdate(Notification, { id, attempts: n.attempts }, { attempts: n.attempts + 1, nextAttemptAt: new Date(Date.now() + ATTEMPT_LEASE_MS) });
    if (claimed !== 1) return;
    const attempts = n.attempts + 1;
    try {
      await this.transport.sendMail({ from: this.options.from, to: n.recipient, subject: n.subject, text: n.body });
      await em.nativeUpdate(Notification, { id }, { status: NotificationStatus.SENT, sentAt: new Date(), error: null, nextAttemptAt: null });
    } catch (e) {
      const error = e instanceof Error ? e.message.slice(0, 2000) : String(e);
      const nextAttemptAt = attempts < MAX_DELIVERY_ATTEMPTS ? new Date(Date.now() + retryDelayMs(attempts, this.options.retryBaseMs)) : null;
      await em.nativeUpdate(Notification, { id }, { status: NotificationStatus.FAILED, error, nextAttemptAt });
      this.logger.warn(`The decision e-mail ${id} could not be sent (attempt ${attempts} of ${MAX_DELIVERY_ATTEMPTS}): ${error}`);
    }
  }
}
