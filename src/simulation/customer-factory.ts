/**
 * Draws who each arriving customer of a stream is: class, handle time, patience, whether they leave a
 * message when patience runs out, whether and how they rate the chat, and their e-mail. Everything is
 * drawn at arrival from the stream's own generators, a fixed number of draws per customer, so the n-th
 * customer of a stream is the same person in every configuration (common random numbers).
 */
import type { Channel } from '../domain/channel.js';
import type { ArrivalStream } from './arrival-stream.schema.js';
import { pickIndex, createSampler, type Sampler } from './sample-distribution.js';
import { streamRandom } from './random-streams.js';
import type { Random } from '../time/random.js';

/** A simulated customer and the state of their contact. */
export interface SimulatedCustomer {
  /** Arrival number over the whole run, from 0. */
  readonly index: number;
  readonly streamIndex: number;
  readonly classIndex: number;
  readonly arrivalMs: number;
  readonly channel: Channel;
  /** Time from the answer to completion. */
  readonly handleMs: number;
  /** How long they wait before leaving; Infinity when infinitely patient. */
  readonly patienceMs: number;
  /** Whether they leave a message (a ticket) rather than abandon when patience runs out. */
  readonly leavesMessage: boolean;
  /** The score they give a closed chat, or 0 when they do not rate. */
  readonly ratingScore: number;
  readonly email: string | null;
  contactId: string;
  /** `waiting` until answered, `active` until the wrap-up ends, then `done`. */
  phase: 'waiting' | 'active' | 'done';
  sessionId: string | null;
}

/** Makes the customers of one stream. */
export class CustomerFactory {
  private readonly choices: Random;
  private readonly handle: Sampler;
  private readonly patience: Sampler | null;
  private readonly classCumulative: number[] = [];
  private readonly scoreCumulative: number[] = [];
  private readonly streamId: string;

  constructor(
    private readonly stream: ArrivalStream,
    private readonly streamIndex: number,
    seed: number,
  ) {
    this.streamId = streamIdOf(stream);
    this.choices = streamRandom(seed, `customers/${this.streamId}`);
    this.handle = createSampler(stream.handleTime, streamRandom(seed, `service/${this.streamId}`));
    this.patience = stream.patience === null ? null : createSampler(stream.patience, streamRandom(seed, `patience/${this.streamId}`));
    let total = 0;
    for (const cls of stream.classes) this.classCumulative.push((total += cls.share));
    total = 0;
    for (const w of stream.rating.weights) this.scoreCumulative.push((total += w));
  }

  /** The customer arriving at `arrivalMs` as the run's `index`-th arrival. */
  create(index: number, arrivalMs: number): SimulatedCustomer {
    const { stream } = this;
    const classDraw = this.choices.float();
    const messageDraw = this.choices.float();
    const rateDraw = this.choices.float();
    const scoreDraw = this.choices.float();
    const emailDraw = this.choices.float();
    const classTotal = this.classCumulative[this.classCumulative.length - 1] as number;
    const scoreTotal = this.scoreCumulative[this.scoreCumulative.length - 1] as number;
    const pool = stream.customerPoolSize;
    return {
      index,
      streamIndex: this.streamIndex,
      classIndex: pickIndex(this.classCumulative, classDraw * classTotal),
      arrivalMs,
      channel: stream.channel as Channel,
      handleMs: this.handle(),
      patienceMs: this.patience === null ? Infinity : this.patience(),
      leavesMessage: messageDraw < stream.leaveMessageProbability,
      ratingScore: rateDraw < stream.rating.probability ? pickIndex(this.scoreCumulative, scoreDraw * scoreTotal) + 1 : 0,
      email: pool === undefined ? null : `customer-${this.streamIndex + 1}-${Math.floor(emailDraw * pool) + 1}@example.com`,
      contactId: '',
      phase: 'waiting',
      sessionId: null,
    };
  }
}

/** A stream's id: its own, or `<queueId>.<channel>`. */
export function streamIdOf(stream: ArrivalStream): string {
  return stream.id ?? `${stream.queueId}.${stream.channel}`;
}
