import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { LiveRoomMedia, mediaProblemOf, openCamera, type MediaProblem } from '@ecampus/web/live/data-access';
import { Loading } from '@ecampus/web/shared/ui';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

/**
 * The check before her camera goes out: a preview of camera and microphone, the devices to choose
 * from, and what went wrong in plain words (permission, no device, device in use). "Starten" hands
 * the previewed stream to the room, so the browser does not ask twice. Opened with the page's injector.
 */
@Component({
  selector: 'ec-prejoin-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatSelectModule, TranslatePipe, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './prejoin-dialog.html',
  styleUrl: './prejoin-dialog.css',
})
export class PrejoinDialog {
  private readonly media = inject(LiveRoomMedia);
  private readonly dialogRef = inject<MatDialogRef<PrejoinDialog, boolean>>(MatDialogRef);

  protected readonly stream = signal<MediaStream | null>(null);
  protected readonly cameras = signal<MediaDeviceInfo[]>([]);
  protected readonly microphones = signal<MediaDeviceInfo[]>([]);
  protected readonly cameraId = signal<string | null>(null);
  protected readonly microphoneId = signal<string | null>(null);
  protected readonly problem = signal<MediaProblem | null>(null);
  protected readonly opening = signal(true);
  protected readonly starting = signal(false);
  private handedOver = false;

  constructor() {
    void this.open();
    inject(DestroyRef).onDestroy(() => {
      if (!this.handedOver) this.stopPreview();
    });
  }

  protected problemKey(problem: MediaProblem): TranslationKey {
    return `liveRoom.media.problems.${problem}`;
  }

  protected chooseCamera(id: string): void {
    this.cameraId.set(id);
    void this.open();
  }

  protected chooseMicrophone(id: string): void {
    this.microphoneId.set(id);
    void this.open();
  }

  protected async start(): Promise<void> {
    const stream = this.stream();
    if (!stream) return;
    this.starting.set(true);
    this.handedOver = true;
    await this.media.startCamera(stream);
    this.starting.set(false);
    this.dialogRef.close(true);
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }

  private async open(): Promise<void> {
    this.stopPreview();
    this.opening.set(true);
    this.problem.set(null);
    try {
      const stream = await openCamera({ cameraId: this.cameraId(), microphoneId: this.microphoneId() });
      this.stream.set(stream);
      this.cameraId.set(stream.getVideoTracks()[0]?.getSettings().deviceId ?? null);
      this.microphoneId.set(stream.getAudioTracks()[0]?.getSettings().deviceId ?? null);
      // Device names are readable once she allowed access.
      const devices = await navigator.mediaDevices.enumerateDevices();
      this.cameras.set(devices.filter((d) => d.kind === 'videoinput'));
      this.microphones.set(devices.filter((d) => d.kind === 'audioinput'));
    } catch (error) {
      this.problem.set(mediaProblemOf(error));
    } finally {
      this.opening.set(false);
    }
  }

  private stopPreview(): void {
    this.stream()
      ?.getTracks()
      .forEach((t) => t.stop());
    this.stream.set(null);
  }
}
