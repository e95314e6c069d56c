/* eslint-disable */
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Change_PasswordInputs */
/** @typedef {{}} Account_Current_PasswordInputs */
/** @typedef {{}} Account_Current_WrongInputs */
/** @typedef {{}} Account_IndustryInputs */
/** @typedef {{ when: NonNullable<unknown> }} Account_Last_SeenInputs */
/** @typedef {{}} Account_Locale_BrowserInputs */
/** @typedef {{}} Account_NameInputs */
/** @typedef {{}} Account_New_PasswordInputs */
/** @typedef {{}} Account_PasswordInputs */
/** @typedef {{ count: NonNullable<unknown> }} Account_Password_ChangedInputs */
/** @typedef {{}} Account_ProfileInputs */
/** @typedef {{}} Account_SessionsInputs */
/** @typedef {{}} Account_Sign_Out_OthersInputs */
/** @typedef {{ count: NonNullable<unknown> }} Account_Signed_Out_OthersInputs */
/** @typedef {{}} Account_This_DeviceInputs */
/** @typedef {{}} Account_TitleInputs */
/** @typedef {{}} Account_Unknown_DeviceInputs */
/** @typedef {{}} Add_MemberInputs */
/** @typedef {{}} App_NameInputs */
/** @typedef {{}} Back_To_DealsInputs */
/** @typedef {{}} Block_ChecklistInputs */
/** @typedef {{}} Block_CompetitionInputs */
/** @typedef {{}} Block_Copy_ReportInputs */
/** @typedef {{}} Block_FailedInputs */
/** @typedef {{}} Block_HeatmapInputs */
/** @typedef {{}} Block_MissingInputs */
/** @typedef {{}} Block_ObjectiveInputs */
/** @typedef {{}} Block_PositionInputs */
/** @typedef {{}} Block_Pull_BackInputs */
/** @typedef {{}} Block_ResourcesInputs */
/** @typedef {{}} Block_RetryInputs */
/** @typedef {{}} Block_Role_TableInputs */
/** @typedef {{}} Block_TextInputs */
/** @typedef {{}} CancelInputs */
/** @typedef {{}} CloseInputs */
/** @typedef {{}} Comment_AddInputs */
/** @typedef {{}} Comment_BlockInputs */
/** @typedef {{}} Comment_DeleteInputs */
/** @typedef {{}} Comment_Delete_ConfirmInputs */
/** @typedef {{}} Comment_DeletedInputs */
/** @typedef {{}} Comment_EditInputs */
/** @typedef {{}} Comment_EditedInputs */
/** @typedef {{}} Comment_Hide_ResolvedInputs */
/** @typedef {{}} Comment_HintInputs */
/** @typedef {{}} Comment_MentionInputs */
/** @typedef {{}} Comment_OfflineInputs */
/** @typedef {{}} Comment_On_DealInputs */
/** @typedef {{}} Comment_On_RowInputs */
/** @typedef {{}} Comment_On_SelectionInputs */
/** @typedef {{ count: NonNullable<unknown> }} Comment_OutboxInputs */
/** @typedef {{}} Comment_PendingInputs */
/** @typedef {{}} Comment_PlaceholderInputs */
/** @typedef {{}} Comment_QuestionInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Comment_RefusedInputs */
/** @typedef {{}} Comment_ReopenInputs */
/** @typedef {{}} Comment_ReplyInputs */
/** @typedef {{}} Comment_Reply_PlaceholderInputs */
/** @typedef {{}} Comment_ResolveInputs */
/** @typedef {{ name: NonNullable<unknown> }} Comment_Resolved_ByInputs */
/** @typedef {{}} Comment_RowInputs */
/** @typedef {{}} Comment_SendInputs */
/** @typedef {{ count: NonNullable<unknown> }} Comment_Show_ResolvedInputs */
/** @typedef {{}} Comment_Text_GoneInputs */
/** @typedef {{}} Comment_UnreadInputs */
/** @typedef {{ count: NonNullable<unknown> }} Comment_Unread_CountInputs */
/** @typedef {{}} Comments_EmptyInputs */
/** @typedef {{}} Comments_Empty_CanInputs */
/** @typedef {{}} Comments_LoadingInputs */
/** @typedef {{}} Comments_TitleInputs */
/** @typedef {{}} Comp_AddInputs */
/** @typedef {{ name: NonNullable<unknown> }} Comp_Add_NamedInputs */
/** @typedef {{}} Comp_EmptyInputs */
/** @typedef {{}} Comp_Home_CourtInputs */
/** @typedef {{}} Comp_NameInputs */
/** @typedef {{}} Comp_Named_ElsewhereInputs */
/** @typedef {{}} Comp_NotesInputs */
/** @typedef {{}} Comp_PriceInputs */
/** @typedef {{}} Comp_RemoveInputs */
/** @typedef {{}} Comp_ResponseInputs */
/** @typedef {{}} Comp_TenderInputs */
/** @typedef {{}} CopiedInputs */
/** @typedef {{}} Copy_Local_VersionInputs */
/** @typedef {{}} Create_AccountInputs */
/** @typedef {{}} Create_DealInputs */
/** @typedef {{}} Deal_AccountInputs */
/** @typedef {{}} Deal_AmountInputs */
/** @typedef {{}} Deal_Close_DateInputs */
/** @typedef {{}} Deal_CurrencyInputs */
/** @typedef {{}} Deal_MembersInputs */
/** @typedef {{}} Deal_OwnerInputs */
/** @typedef {{}} Deal_TitleInputs */
/** @typedef {{}} Deals_All_StagesInputs */
/** @typedef {{}} Deals_Col_AccountInputs */
/** @typedef {{}} Deals_Col_AmountInputs */
/** @typedef {{}} Deals_Col_CloseInputs */
/** @typedef {{}} Deals_Col_FlagsInputs */
/** @typedef {{}} Deals_Col_OwnerInputs */
/** @typedef {{}} Deals_Col_RoleInputs */
/** @typedef {{}} Deals_Col_StageInputs */
/** @typedef {{}} Deals_Col_StatusInputs */
/** @typedef {{}} Deals_Col_TemperatureInputs */
/** @typedef {{}} Deals_Col_TitleInputs */
/** @typedef {{}} Deals_EmptyInputs */
/** @typedef {{}} Deals_SortInputs */
/** @typedef {{}} Deals_Sort_UpdatedInputs */
/** @typedef {{}} Deals_TitleInputs */
/** @typedef {{}} Diag_All_ClearInputs */
/** @typedef {{}} Diag_No_RemedyInputs */
/** @typedef {{}} Diag_RemedyInputs */
/** @typedef {{}} Diag_TitleInputs */
/** @typedef {{}} Diag_WeightedInputs */
/** @typedef {{}} Editor_LabelInputs */
/** @typedef {{}} EmailInputs */
/** @typedef {{}} Error_CredentialsInputs */
/** @typedef {{}} Error_Email_TakenInputs */
/** @typedef {{}} Error_GenericInputs */
/** @typedef {{}} Error_Invalid_EmailInputs */
/** @typedef {{ min: NonNullable<unknown> }} Error_Password_ShortInputs */
/** @typedef {{ minutes: NonNullable<unknown> }} Error_Rate_LimitedInputs */
/** @typedef {{ field: NonNullable<unknown> }} Error_RequiredInputs */
/** @typedef {{}} Export_AccountInputs */
/** @typedef {{}} Export_AmountInputs */
/** @typedef {{}} Export_Close_DateInputs */
/** @typedef {{}} Export_CsvInputs */
/** @typedef {{}} Export_CurrencyInputs */
/** @typedef {{}} Export_MarkdownInputs */
/** @typedef {{}} Export_MenuInputs */
/** @typedef {{}} Export_Open_ThreadsInputs */
/** @typedef {{}} Export_OwnerInputs */
/** @typedef {{}} Export_PrintInputs */
/** @typedef {{}} Export_StatusInputs */
/** @typedef {{}} Forgot_LinkInputs */
/** @typedef {{}} Forgot_No_MailInputs */
/** @typedef {{}} Forgot_Rate_LimitedInputs */
/** @typedef {{}} Forgot_SendInputs */
/** @typedef {{}} Forgot_SentInputs */
/** @typedef {{}} Forgot_TitleInputs */
/** @typedef {{}} Full_WidthInputs */
/** @typedef {{}} Here_NowInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_AddedInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_DoneInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_RemovedInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_ReopenedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Answers_ChangedInputs */
/** @typedef {{}} Hist_Block_AddedInputs */
/** @typedef {{}} Hist_Block_RemovedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Hist_Blocks_ChangedInputs */
/** @typedef {{ names: NonNullable<unknown> }} Hist_ByInputs */
/** @typedef {{}} Hist_CloseInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_ChangedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_RemovedInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_ConfirmedInputs */
/** @typedef {{}} Hist_Current_LabelInputs */
/** @typedef {{}} Hist_Diff_TitleInputs */
/** @typedef {{}} Hist_EmptyInputs */
/** @typedef {{}} Hist_Export_VersionInputs */
/** @typedef {{}} Hist_FailedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Key_Person_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Key_Person_RemovedInputs */
/** @typedef {{}} Hist_Kind_AutoInputs */
/** @typedef {{}} Hist_Kind_Beforerestore1Inputs */
/** @typedef {{}} Hist_Kind_NamedInputs */
/** @typedef {{}} Hist_Kind_RestoreInputs */
/** @typedef {{}} Hist_Kind_StageInputs */
/** @typedef {{}} Hist_LoadingInputs */
/** @typedef {{}} Hist_Name_LabelInputs */
/** @typedef {{}} Hist_Name_PlaceholderInputs */
/** @typedef {{}} Hist_Name_SaveInputs */
/** @typedef {{}} Hist_NamedInputs */
/** @typedef {{}} Hist_No_ChangesInputs */
/** @typedef {{}} Hist_NobodyInputs */
/** @typedef {{}} Hist_Only_EditorsInputs */
/** @typedef {{}} Hist_OpenInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Person_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Person_RemovedInputs */
/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_AddedInputs */
/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_ChangedInputs */
/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_RemovedInputs */
/** @typedef {{}} Hist_Restore_AllInputs */
/** @typedef {{}} Hist_Restore_BlockInputs */
/** @typedef {{}} Hist_Restore_ConfirmInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Hist_Restore_FailedInputs */
/** @typedef {{}} Hist_Restore_Refused_FrozenInputs */
/** @typedef {{}} Hist_RestoredInputs */
/** @typedef {{}} Hist_RetryInputs */
/** @typedef {{ added: NonNullable<unknown>, removed: NonNullable<unknown> }} Hist_SummaryInputs */
/** @typedef {{ tactic: NonNullable<unknown> }} Hist_Tactic_OffInputs */
/** @typedef {{ tactic: NonNullable<unknown> }} Hist_Tactic_OnInputs */
/** @typedef {{}} Hist_Text_ChangesInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_TickedInputs */
/** @typedef {{}} Hist_TitleInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_UnconfirmedInputs */
/** @typedef {{}} Hist_Undo_RestoreInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_UntickedInputs */
/** @typedef {{ date: NonNullable<unknown> }} Hist_ViewingInputs */
/** @typedef {{}} Hm_By_ChangeInputs */
/** @typedef {{}} Hm_By_DayInputs */
/** @typedef {{}} Hm_GridInputs */
/** @typedef {{}} Hm_No_HistoryInputs */
/** @typedef {{}} Hm_No_SourceInputs */
/** @typedef {{}} Hm_TimelineInputs */
/** @typedef {{}} Import_AccountsInputs */
/** @typedef {{}} Import_AnotherInputs */
/** @typedef {{}} Import_Col_ColumnInputs */
/** @typedef {{}} Import_Col_FieldInputs */
/** @typedef {{}} Import_Col_HappensInputs */
/** @typedef {{}} Import_Col_ProblemsInputs */
/** @typedef {{}} Import_Col_RowInputs */
/** @typedef {{}} Import_Col_SampleInputs */
/** @typedef {{ rows: NonNullable<unknown> }} Import_CommitInputs */
/** @typedef {{ count: NonNullable<unknown> }} Import_Commit_SkipsInputs */
/** @typedef {{}} Import_ContactsInputs */
/** @typedef {{ create: NonNullable<unknown>, update: NonNullable<unknown>, unchanged: NonNullable<unknown> }} Import_Count_LineInputs */
/** @typedef {{}} Import_Date_OrderInputs */
/** @typedef {{}} Import_DealsInputs */
/** @typedef {{}} Import_Default_CurrencyInputs */
/** @typedef {{}} Import_DelimiterInputs */
/** @typedef {{}} Import_Delimiter_AutoInputs */
/** @typedef {{}} Import_Delimiter_CommaInputs */
/** @typedef {{}} Import_Delimiter_PipeInputs */
/** @typedef {{}} Import_Delimiter_SemicolonInputs */
/** @typedef {{}} Import_Delimiter_TabInputs */
/** @typedef {{}} Import_DiscardInputs */
/** @typedef {{}} Import_DropInputs */
/** @typedef {{}} Import_Drop_HintInputs */
/** @typedef {{}} Import_Error_BusyInputs */
/** @typedef {{}} Import_Error_EmptyInputs */
/** @typedef {{}} Import_Error_EncodingInputs */
/** @typedef {{}} Import_Error_NetworkInputs */
/** @typedef {{}} Import_Error_No_RowsInputs */
/** @typedef {{}} Import_Error_Not_FoundInputs */
/** @typedef {{}} Import_Error_One_ColumnInputs */
/** @typedef {{}} Import_Error_RequestInputs */
/** @typedef {{ row: NonNullable<unknown> }} Import_Error_Row_Too_LongInputs */
/** @typedef {{}} Import_Error_RowsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Import_Error_Rows_LineInputs */
/** @typedef {{}} Import_Error_ServerInputs */
/** @typedef {{}} Import_Error_Signed_OutInputs */
/** @typedef {{}} Import_Error_StartedInputs */
/** @typedef {{}} Import_Error_Too_LargeInputs */
/** @typedef {{ limit: NonNullable<unknown> }} Import_Error_Too_Many_ColumnsInputs */
/** @typedef {{ limit: NonNullable<unknown> }} Import_Error_Too_Many_RowsInputs */
/** @typedef {{ row: NonNullable<unknown> }} Import_Error_Unclosed_QuoteInputs */
/** @typedef {{ column: NonNullable<unknown> }} Import_Field_ForInputs */
/** @typedef {{}} Import_Field_NoneInputs */
/** @typedef {{ file: NonNullable<unknown>, rows: NonNullable<unknown>, encoding: NonNullable<unknown>, delimiter: NonNullable<unknown> }} Import_File_FactsInputs */
/** @typedef {{ workspace: NonNullable<unknown> }} Import_IntroInputs */
/** @typedef {{}} Import_May_LeaveInputs */
/** @typedef {{}} Import_Not_AllowedInputs */
/** @typedef {{}} Import_Number_FormatInputs */
/** @typedef {{}} Import_Only_ProblemsInputs */
/** @typedef {{}} Import_PreviewInputs */
/** @typedef {{}} Import_Problem_Contactneedsaccount2Inputs */
/** @typedef {{}} Import_Problem_CurrencyInputs */
/** @typedef {{}} Import_Problem_Dealneedsaccount2Inputs */
/** @typedef {{}} Import_Problem_Dealneedstitle2Inputs */
/** @typedef {{}} Import_Problem_Nothingmapped1Inputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Import_ProgressInputs */
/** @typedef {{}} Import_RecentInputs */
/** @typedef {{ rows: NonNullable<unknown>, by: NonNullable<unknown>, when: NonNullable<unknown> }} Import_Recent_LineInputs */
/** @typedef {{}} Import_Row_SkippedInputs */
/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Import_Rows_ShownInputs */
/** @typedef {{ problem: NonNullable<unknown> }} Import_Run_ProblemInputs */
/** @typedef {{ value: NonNullable<unknown> }} Import_Stage_ForInputs */
/** @typedef {{}} Import_Stage_LostInputs */
/** @typedef {{}} Import_Stage_UnmappedInputs */
/** @typedef {{}} Import_Stage_WonInputs */
/** @typedef {{}} Import_StagesInputs */
/** @typedef {{}} Import_Stages_HintInputs */
/** @typedef {{}} Import_Status_ImportedInputs */
/** @typedef {{}} Import_Status_ImportingInputs */
/** @typedef {{}} Import_Status_UndoingInputs */
/** @typedef {{}} Import_Status_UndoneInputs */
/** @typedef {{}} Import_Status_UploadedInputs */
/** @typedef {{}} Import_Step_MapInputs */
/** @typedef {{}} Import_Step_PreviewInputs */
/** @typedef {{}} Import_Step_UploadInputs */
/** @typedef {{}} Import_TitleInputs */
/** @typedef {{}} Import_UndoInputs */
/** @typedef {{ file: NonNullable<unknown> }} Import_Undo_ConfirmInputs */
/** @typedef {{ removed: NonNullable<unknown>, restored: NonNullable<unknown>, kept: NonNullable<unknown> }} Import_Undo_SummaryInputs */
/** @typedef {{}} Import_UploadInputs */
/** @typedef {{}} Import_UploadingInputs */
/** @typedef {{}} Import_WorkingInputs */
/** @typedef {{}} Inbox_EmptyInputs */
/** @typedef {{ name: NonNullable<unknown> }} Inbox_MentionInputs */
/** @typedef {{ name: NonNullable<unknown> }} Inbox_ReplyInputs */
/** @typedef {{}} Inbox_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Inbox_UnreadInputs */
/** @typedef {{}} Invite_AskInputs */
/** @typedef {{}} Invite_ExpiredInputs */
/** @typedef {{ inviter: NonNullable<unknown>, role: NonNullable<unknown> }} Invite_FromInputs */
/** @typedef {{}} Invite_Gone_TitleInputs */
/** @typedef {{}} Invite_Has_AccountInputs */
/** @typedef {{ workspace: NonNullable<unknown> }} Invite_JoinInputs */
/** @typedef {{ email: NonNullable<unknown> }} Invite_Other_AddressInputs */
/** @typedef {{}} Invite_RevokedInputs */
/** @typedef {{}} Invite_Signin_InsteadInputs */
/** @typedef {{}} Invite_Signin_JoinInputs */
/** @typedef {{}} Invite_Signup_InsteadInputs */
/** @typedef {{}} Invite_Signup_JoinInputs */
/** @typedef {{ workspace: NonNullable<unknown> }} Invite_TitleInputs */
/** @typedef {{}} Invite_UnknownInputs */
/** @typedef {{}} Invite_UsedInputs */
/** @typedef {{}} LanguageInputs */
/** @typedef {{}} Loading_DocumentInputs */
/** @typedef {{}} Login_Demo_HintInputs */
/** @typedef {{}} Login_Have_AccountInputs */
/** @typedef {{}} Login_No_AccountInputs */
/** @typedef {{}} Login_TitleInputs */
/** @typedef {{ inviter: NonNullable<unknown>, workspace: NonNullable<unknown>, link: NonNullable<unknown>, expires: NonNullable<unknown> }} Mail_Invite_BodyInputs */
/** @typedef {{ inviter: NonNullable<unknown>, workspace: NonNullable<unknown> }} Mail_Invite_SubjectInputs */
/** @typedef {{ link: NonNullable<unknown> }} Mail_Reset_BodyInputs */
/** @typedef {{}} Mail_Reset_SubjectInputs */
/** @typedef {{ link: NonNullable<unknown> }} Mail_Signup_BodyInputs */
/** @typedef {{ signin: NonNullable<unknown>, forgot: NonNullable<unknown> }} Mail_Signup_Existing_BodyInputs */
/** @typedef {{}} Mail_Signup_Existing_SubjectInputs */
/** @typedef {{}} Mail_Signup_SubjectInputs */
/** @typedef {{}} Mark_LostInputs */
/** @typedef {{}} Mark_WonInputs */
/** @typedef {{}} MemberInputs */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown> }} Member_AddedInputs */
/** @typedef {{}} Nav_DealsInputs */
/** @typedef {{}} Nav_ImportInputs */
/** @typedef {{}} Nav_InboxInputs */
/** @typedef {{}} Nav_MainInputs */
/** @typedef {{}} Nav_MenuInputs */
/** @typedef {{}} Nav_New_AccountInputs */
/** @typedef {{}} Nav_New_DealInputs */
/** @typedef {{}} Nav_PipelineInputs */
/** @typedef {{}} Nav_SettingsInputs */
/** @typedef {{}} New_Account_TitleInputs */
/** @typedef {{}} New_Deal_TitleInputs */
/** @typedef {{}} No_AccessInputs */
/** @typedef {{}} No_AccountsInputs */
/** @typedef {{}} Not_FoundInputs */
/** @typedef {{}} Nq_AnsweredInputs */
/** @typedef {{ n: NonNullable<unknown> }} Nq_CommentInputs */
/** @typedef {{ count: NonNullable<unknown> }} Nq_Comments_CountInputs */
/** @typedef {{}} Nq_LoadingInputs */
/** @typedef {{}} Nq_MissingInputs */
/** @typedef {{}} Nq_Missing_LabelInputs */
/** @typedef {{}} Nq_Next_LabelInputs */
/** @typedef {{}} Nq_OpenInputs */
/** @typedef {{}} Nq_PartlyInputs */
/** @typedef {{ score: NonNullable<unknown>, total: NonNullable<unknown> }} Nq_ScoreInputs */
/** @typedef {{}} Nq_TitleInputs */
/** @typedef {{}} Obj_IncompleteInputs */
/** @typedef {{}} Obj_QuantityInputs */
/** @typedef {{}} Obj_RevenueInputs */
/** @typedef {{}} Obj_WhatInputs */
/** @typedef {{}} Obj_WhenInputs */
/** @typedef {{}} Obj_WhomInputs */
/** @typedef {{}} Offline_BannerInputs */
/** @typedef {{}} Offline_UnavailableInputs */
/** @typedef {{}} Only_Managers_AddInputs */
/** @typedef {{}} Only_Managers_ReopenInputs */
/** @typedef {{}} PasswordInputs */
/** @typedef {{}} Pb_Action_DoneInputs */
/** @typedef {{}} Pb_ActionsInputs */
/** @typedef {{}} Pb_Add_ActionInputs */
/** @typedef {{}} Pb_Add_PersonInputs */
/** @typedef {{}} Pb_BuyerInputs */
/** @typedef {{}} Pb_CompetitorInputs */
/** @typedef {{}} Pb_Competitor_NameInputs */
/** @typedef {{}} Pb_CurrentInputs */
/** @typedef {{}} Pb_Key_PeopleInputs */
/** @typedef {{}} Pb_No_Role_TableInputs */
/** @typedef {{}} Pb_Not_SetInputs */
/** @typedef {{}} Pb_Shaped_ByInputs */
/** @typedef {{}} Pb_SuggestedInputs */
/** @typedef {{}} Pb_TacticsInputs */
/** @typedef {{}} Pb_TargetInputs */
/** @typedef {{}} Pb_UsInputs */
/** @typedef {{}} Pl_All_StagesInputs */
/** @typedef {{}} Pl_AmountInputs */
/** @typedef {{}} Pl_BoardInputs */
/** @typedef {{}} Pl_Ch_AddedInputs */
/** @typedef {{}} Pl_Ch_AdvancedInputs */
/** @typedef {{}} Pl_Ch_AmountInputs */
/** @typedef {{}} Pl_Ch_DateInputs */
/** @typedef {{}} Pl_Ch_LostInputs */
/** @typedef {{}} Pl_Ch_QuestionsInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Pl_Ch_Questions_DetailInputs */
/** @typedef {{}} Pl_Ch_RemovedInputs */
/** @typedef {{}} Pl_Ch_SlippedInputs */
/** @typedef {{}} Pl_Ch_WonInputs */
/** @typedef {{}} Pl_CloseInputs */
/** @typedef {{}} Pl_Comment_OnInputs */
/** @typedef {{}} Pl_Compare_WithInputs */
/** @typedef {{}} Pl_DealInputs */
/** @typedef {{}} Pl_EmptyInputs */
/** @typedef {{}} Pl_EveryoneInputs */
/** @typedef {{}} Pl_FallbackInputs */
/** @typedef {{}} Pl_FlagsInputs */
/** @typedef {{}} Pl_FlowInputs */
/** @typedef {{ from: NonNullable<unknown> }} Pl_Flow_AdvancedInputs */
/** @typedef {{}} Pl_Flow_NewInputs */
/** @typedef {{ from: NonNullable<unknown> }} Pl_Flow_SlippedInputs */
/** @typedef {{ days: NonNullable<unknown> }} Pl_Flow_StalledInputs */
/** @typedef {{}} Pl_ForecastInputs */
/** @typedef {{ count: NonNullable<unknown> }} Pl_From_HistoryInputs */
/** @typedef {{}} Pl_FunnelInputs */
/** @typedef {{}} Pl_ListInputs */
/** @typedef {{}} Pl_MonthInputs */
/** @typedef {{}} Pl_NineInputs */
/** @typedef {{}} Pl_Nine_TitleInputs */
/** @typedef {{}} Pl_No_ChangesInputs */
/** @typedef {{}} Pl_No_ForecastInputs */
/** @typedef {{}} Pl_No_SnapshotInputs */
/** @typedef {{}} Pl_Open_DealInputs */
/** @typedef {{}} Pl_Outside_FunnelInputs */
/** @typedef {{}} Pl_OwnerInputs */
/** @typedef {{}} Pl_PeriodInputs */
/** @typedef {{}} Pl_QuarterInputs */
/** @typedef {{}} Pl_Rates_SavedInputs */
/** @typedef {{}} Pl_Read_Only_CommentsInputs */
/** @typedef {{}} Pl_ReviewInputs */
/** @typedef {{}} Pl_Review_NavInputs */
/** @typedef {{}} Pl_Review_NextInputs */
/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown> }} Pl_Review_PositionInputs */
/** @typedef {{}} Pl_Review_PrevInputs */
/** @typedef {{}} Pl_Save_RatesInputs */
/** @typedef {{}} Pl_Save_SnapshotInputs */
/** @typedef {{ when: NonNullable<unknown>, name: NonNullable<unknown> }} Pl_Snapshot_OfInputs */
/** @typedef {{}} Pl_Snapshot_SavedInputs */
/** @typedef {{}} Pl_SourceInputs */
/** @typedef {{}} Pl_StageInputs */
/** @typedef {{ count: NonNullable<unknown>, amount: NonNullable<unknown>, weighted: NonNullable<unknown> }} Pl_SummaryInputs */
/** @typedef {{}} Pl_TemperatureInputs */
/** @typedef {{ title: NonNullable<unknown> }} Pl_Threads_OfInputs */
/** @typedef {{ count: NonNullable<unknown> }} Pl_Too_LittleInputs */
/** @typedef {{}} Pl_ViewInputs */
/** @typedef {{}} Pl_WeightedInputs */
/** @typedef {{}} Pl_Win_RateInputs */
/** @typedef {{}} Pl_Win_RatesInputs */
/** @typedef {{}} Pl_Win_Rates_HelpInputs */
/** @typedef {{}} Pos_CompetitiveInputs */
/** @typedef {{}} Pos_No_ChecklistInputs */
/** @typedef {{}} Pos_StageInputs */
/** @typedef {{}} Pos_TemperatureInputs */
/** @typedef {{}} Pos_UrgencyInputs */
/** @typedef {{}} Print_BackInputs */
/** @typedef {{}} Print_ButtonInputs */
/** @typedef {{ date: NonNullable<unknown> }} Print_ExportedInputs */
/** @typedef {{}} Profile_Add_EventInputs */
/** @typedef {{}} Profile_ContactsInputs */
/** @typedef {{}} Profile_DealsInputs */
/** @typedef {{}} Profile_Event_ContactInputs */
/** @typedef {{}} Profile_Event_DateInputs */
/** @typedef {{}} Profile_Event_TextInputs */
/** @typedef {{}} Profile_LogInputs */
/** @typedef {{}} Profile_Log_EmptyInputs */
/** @typedef {{}} Profile_No_SupportInputs */
/** @typedef {{}} Profile_NobodyInputs */
/** @typedef {{}} Profile_SupportInputs */
/** @typedef {{ name: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown>, deal: NonNullable<unknown> }} Profile_Support_ChangeInputs */
/** @typedef {{}} Profile_TitleInputs */
/** @typedef {{}} Read_Only_CommenterInputs */
/** @typedef {{ status: NonNullable<unknown> }} Read_Only_FrozenInputs */
/** @typedef {{}} Read_Only_ViewerInputs */
/** @typedef {{}} Reopen_DealInputs */
/** @typedef {{}} Res_AddInputs */
/** @typedef {{}} Res_EmptyInputs */
/** @typedef {{}} Res_ForInputs */
/** @typedef {{}} Res_From_WorkspaceInputs */
/** @typedef {{}} Res_KindInputs */
/** @typedef {{}} Res_RemoveInputs */
/** @typedef {{}} Res_StatusInputs */
/** @typedef {{}} Res_Their_WinInputs */
/** @typedef {{}} Res_WhenInputs */
/** @typedef {{}} Res_WhoInputs */
/** @typedef {{ email: NonNullable<unknown> }} Reset_ForInputs */
/** @typedef {{}} Reset_GoneInputs */
/** @typedef {{}} Reset_SubmitInputs */
/** @typedef {{}} Reset_TitleInputs */
/** @typedef {{}} RoleInputs */
/** @typedef {{}} Role_CommenterInputs */
/** @typedef {{}} Role_EditorInputs */
/** @typedef {{}} Role_ViewerInputs */
/** @typedef {{}} Rt_Add_RowInputs */
/** @typedef {{}} Rt_BlankInputs */
/** @typedef {{}} Rt_Contact_CreateInputs */
/** @typedef {{}} Rt_Contact_LinkedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Rt_Contact_NewInputs */
/** @typedef {{}} Rt_DetailsInputs */
/** @typedef {{}} Rt_DueInputs */
/** @typedef {{}} Rt_EmptyInputs */
/** @typedef {{}} Rt_InfluenceInputs */
/** @typedef {{}} Rt_ModeInputs */
/** @typedef {{}} Rt_Move_DownInputs */
/** @typedef {{}} Rt_Move_UpInputs */
/** @typedef {{}} Rt_Next_ActionInputs */
/** @typedef {{}} Rt_Org_ResultInputs */
/** @typedef {{}} Rt_OwnerInputs */
/** @typedef {{}} Rt_PainsInputs */
/** @typedef {{}} Rt_PersonInputs */
/** @typedef {{}} Rt_Personal_WinInputs */
/** @typedef {{}} Rt_Remove_RowInputs */
/** @typedef {{}} Rt_RoleInputs */
/** @typedef {{}} Rt_SupportInputs */
/** @typedef {{}} Rt_TitleInputs */
/** @typedef {{}} Rt_WhyInputs */
/** @typedef {{}} SaveInputs */
/** @typedef {{}} Save_All_SavedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Save_On_DeviceInputs */
/** @typedef {{}} Save_SavedInputs */
/** @typedef {{}} Save_SavingInputs */
/** @typedef {{}} Save_UnconfirmedInputs */
/** @typedef {{}} Sc_AvoidInputs */
/** @typedef {{}} Sc_Buyer_TrackInputs */
/** @typedef {{}} Sc_CaresInputs */
/** @typedef {{}} Sc_CurrentInputs */
/** @typedef {{}} Sc_Customer_ConfirmedInputs */
/** @typedef {{}} Sc_Needs_ConfirmationInputs */
/** @typedef {{}} Sc_OptionalInputs */
/** @typedef {{ missing: NonNullable<unknown> }} Sc_PseudoInputs */
/** @typedef {{}} Sc_QualificationInputs */
/** @typedef {{}} Sc_RealInputs */
/** @typedef {{}} Sc_Sales_TrackInputs */
/** @typedef {{ name: NonNullable<unknown>, date: NonNullable<unknown> }} Sc_Ticked_ByInputs */
/** @typedef {{}} Sc_TodoInputs */
/** @typedef {{}} Search_All_ResultsInputs */
/** @typedef {{ q: NonNullable<unknown> }} Search_EmptyInputs */
/** @typedef {{}} Search_FailedInputs */
/** @typedef {{}} Search_HintInputs */
/** @typedef {{}} Search_Kind_AccountInputs */
/** @typedef {{}} Search_Kind_ChecklistInputs */
/** @typedef {{}} Search_Kind_CommentInputs */
/** @typedef {{}} Search_Kind_CompetitionInputs */
/** @typedef {{}} Search_Kind_ContactInputs */
/** @typedef {{}} Search_Kind_DealInputs */
/** @typedef {{}} Search_Kind_NotesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Search_Kind_PersonInputs */
/** @typedef {{}} Search_Kind_Pullback1Inputs */
/** @typedef {{}} Search_Kind_ResourcesInputs */
/** @typedef {{}} Search_LocalInputs */
/** @typedef {{}} Search_NavInputs */
/** @typedef {{}} Search_Palette_LabelInputs */
/** @typedef {{}} Search_PlaceholderInputs */
/** @typedef {{}} Search_TitleInputs */
/** @typedef {{}} Settings_Only_ManagersInputs */
/** @typedef {{}} Settings_SavedInputs */
/** @typedef {{}} Settings_ScaleInputs */
/** @typedef {{}} Settings_Scale_ElevenInputs */
/** @typedef {{}} Settings_Scale_FiveInputs */
/** @typedef {{}} Settings_Scale_NoteInputs */
/** @typedef {{}} Settings_TitleInputs */
/** @typedef {{}} Sign_InInputs */
/** @typedef {{}} Sign_OutInputs */
/** @typedef {{}} Sign_Out_AnywayInputs */
/** @typedef {{}} Sign_Out_OfflineInputs */
/** @typedef {{ count: NonNullable<unknown> }} Sign_Out_WarningInputs */
/** @typedef {{}} Sign_Out_Warning_TitleInputs */
/** @typedef {{}} Sign_UpInputs */
/** @typedef {{}} Signup_Confirm_ButtonInputs */
/** @typedef {{ email: NonNullable<unknown>, name: NonNullable<unknown> }} Signup_Confirm_LeadInputs */
/** @typedef {{}} Signup_Confirm_TitleInputs */
/** @typedef {{}} Signup_GoneInputs */
/** @typedef {{ email: NonNullable<unknown> }} Signup_SentInputs */
/** @typedef {{}} Slash_EmptyInputs */
/** @typedef {{}} Slash_HintInputs */
/** @typedef {{}} Status_ConnectedInputs */
/** @typedef {{}} Status_ConnectingInputs */
/** @typedef {{}} Status_LostInputs */
/** @typedef {{}} Status_OfflineInputs */
/** @typedef {{}} Status_OpenInputs */
/** @typedef {{}} Status_WonInputs */
/** @typedef {{}} Stay_Signed_InInputs */
/** @typedef {{}} Sync_Closed_AuthInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Sync_Closed_ErrorInputs */
/** @typedef {{}} Sync_Closed_ForbiddenInputs */
/** @typedef {{}} Sync_DeniedInputs */
/** @typedef {{}} Sync_Paused_RateInputs */
/** @typedef {{}} Sync_Paused_ServerInputs */
/** @typedef {{}} Tb_BoldInputs */
/** @typedef {{}} Tb_BulletsInputs */
/** @typedef {{}} Tb_CodeInputs */
/** @typedef {{}} Tb_Code_BlockInputs */
/** @typedef {{}} Tb_H1Inputs */
/** @typedef {{}} Tb_H2Inputs */
/** @typedef {{}} Tb_H3Inputs */
/** @typedef {{}} Tb_ItalicInputs */
/** @typedef {{}} Tb_LinkInputs */
/** @typedef {{}} Tb_Link_PromptInputs */
/** @typedef {{}} Tb_Link_RefusedInputs */
/** @typedef {{}} Tb_NumbersInputs */
/** @typedef {{}} Tb_QuoteInputs */
/** @typedef {{}} Tb_RedoInputs */
/** @typedef {{}} Tb_RuleInputs */
/** @typedef {{}} Tb_StrikeInputs */
/** @typedef {{}} Tb_TableInputs */
/** @typedef {{}} Tb_TasksInputs */
/** @typedef {{}} Tb_UndoInputs */
/** @typedef {{}} Team_ActionsInputs */
/** @typedef {{}} Team_CopiedInputs */
/** @typedef {{}} Team_CopyInputs */
/** @typedef {{}} Team_Error_Already_InvitedInputs */
/** @typedef {{}} Team_Error_Already_MemberInputs */
/** @typedef {{}} Team_Error_ForbiddenInputs */
/** @typedef {{}} Team_Error_InvalidInputs */
/** @typedef {{}} Team_Error_Last_OwnerInputs */
/** @typedef {{}} Team_Error_Link_GoneInputs */
/** @typedef {{}} Team_Error_Not_MemberInputs */
/** @typedef {{}} Team_Error_Wrong_EmailInputs */
/** @typedef {{}} Team_ExpiresInputs */
/** @typedef {{}} Team_InviteInputs */
/** @typedef {{}} Team_Invite_Mail_OffInputs */
/** @typedef {{}} Team_Invite_Mail_OnInputs */
/** @typedef {{}} Team_Invite_TitleInputs */
/** @typedef {{ email: NonNullable<unknown> }} Team_InvitedInputs */
/** @typedef {{}} Team_Invited_ByInputs */
/** @typedef {{}} Team_JoinedInputs */
/** @typedef {{}} Team_Last_ActiveInputs */
/** @typedef {{}} Team_LeaveInputs */
/** @typedef {{}} Team_Leave_ConfirmInputs */
/** @typedef {{}} Team_LinkInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Team_Mail_FailedInputs */
/** @typedef {{}} Team_Mail_SentInputs */
/** @typedef {{ count: NonNullable<unknown> }} Team_MembersInputs */
/** @typedef {{}} Team_NameInputs */
/** @typedef {{}} Team_NeverInputs */
/** @typedef {{}} Team_PendingInputs */
/** @typedef {{}} Team_Pending_NoneInputs */
/** @typedef {{}} Team_RemoveInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Remove_ConfirmInputs */
/** @typedef {{}} Team_RemovedInputs */
/** @typedef {{}} Team_Reset_LinkInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Reset_Link_MadeInputs */
/** @typedef {{}} Team_RevokeInputs */
/** @typedef {{}} Team_RoleInputs */
/** @typedef {{}} Team_Role_ChangedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Role_OfInputs */
/** @typedef {{}} Team_Share_By_HandInputs */
/** @typedef {{}} Team_TitleInputs */
/** @typedef {{}} Team_TransferInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Transfer_ConfirmInputs */
/** @typedef {{}} Team_TransferredInputs */
/** @typedef {{}} Team_YouInputs */
/** @typedef {{}} Template_Add_CompetitorInputs */
/** @typedef {{}} Template_Add_ItemInputs */
/** @typedef {{}} Template_Add_ResourceInputs */
/** @typedef {{}} Template_Checklist_TitleInputs */
/** @typedef {{}} Template_Competitors_IntroInputs */
/** @typedef {{}} Template_Competitors_TitleInputs */
/** @typedef {{}} Template_IntroInputs */
/** @typedef {{}} Template_InvalidInputs */
/** @typedef {{}} Template_RequiredInputs */
/** @typedef {{}} Template_Resources_IntroInputs */
/** @typedef {{}} Template_Resources_TitleInputs */
/** @typedef {{}} Template_TitleInputs */
/** @typedef {{}} Ws_CreateInputs */
/** @typedef {{}} Ws_NoneInputs */
/** @typedef {{}} Ws_OpenInputs */
/** @typedef {{}} Ws_Role_ManagerInputs */
/** @typedef {{}} Ws_Role_MemberInputs */
/** @typedef {{}} Ws_Role_OwnerInputs */
/** @typedef {{}} Ws_SwitchInputs */
/** @typedef {{}} Ws_TitleInputs */
/** @typedef {{}} Your_NameInputs */


export const account_change_password = /** @type {(inputs: Account_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`修改密码`)
};

export const account_current_password = /** @type {(inputs: Account_Current_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前密码`)
};

export const account_current_wrong = /** @type {(inputs: Account_Current_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前密码不正确。请重新输入；如果忘记了，请退出登录后使用“忘记密码”。`)
};

export const account_industry = /** @type {(inputs: Account_IndustryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`行业`)
};

export const account_last_seen = /** @type {(inputs: Account_Last_SeenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`最近活动 ${i?.when}`)
};

export const account_locale_browser = /** @type {(inputs: Account_Locale_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`跟随浏览器`)
};

export const account_name = /** @type {(inputs: Account_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`公司名称`)
};

export const account_new_password = /** @type {(inputs: Account_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新密码`)
};

export const account_password = /** @type {(inputs: Account_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`密码`)
};

export const account_password_changed = /** @type {(inputs: Account_Password_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`密码已修改。已在其他 ${i?.count} 个设备或浏览器上退出登录。`)
};

export const account_profile = /** @type {(inputs: Account_ProfileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`个人资料`)
};

export const account_sessions = /** @type {(inputs: Account_SessionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已登录的设备`)
};

export const account_sign_out_others = /** @type {(inputs: Account_Sign_Out_OthersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退出其他所有设备`)
};

export const account_signed_out_others = /** @type {(inputs: Account_Signed_Out_OthersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已在其他 ${i?.count} 个设备或浏览器上退出登录。`)
};

export const account_this_device = /** @type {(inputs: Account_This_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前浏览器`)
};

export const account_title = /** @type {(inputs: Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我的账户`)
};

export const account_unknown_device = /** @type {(inputs: Account_Unknown_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未知设备`)
};

export const add_member = /** @type {(inputs: Add_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加入商机`)
};

export const app_name = /** @type {(inputs: App_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机作战室`)
};

export const back_to_deals = /** @type {(inputs: Back_To_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`返回商机列表`)
};

export const block_checklist = /** @type {(inputs: Block_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`销售阶段清单`)
};

export const block_competition = /** @type {(inputs: Block_CompetitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争`)
};

export const block_copy_report = /** @type {(inputs: Block_Copy_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`复制报告`)
};

export const block_failed = /** @type {(inputs: Block_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此模块无法显示：其数据已损坏。商机的其他部分仍可正常使用；请复制下面的报告，发给负责维护的同事。`)
};

export const block_heatmap = /** @type {(inputs: Block_HeatmapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`支持度热力图`)
};

export const block_missing = /** @type {(inputs: Block_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该模块的数据尚未加载。`)
};

export const block_objective = /** @type {(inputs: Block_ObjectiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`单一销售目标`)
};

export const block_position = /** @type {(inputs: Block_PositionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我的位置`)
};

export const block_pull_back = /** @type {(inputs: Block_Pull_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`向后拉计划`)
};

export const block_resources = /** @type {(inputs: Block_ResourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`资源计划`)
};

export const block_retry = /** @type {(inputs: Block_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重试`)
};

export const block_role_table = /** @type {(inputs: Block_Role_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`角色进阶分析表`)
};

export const block_text = /** @type {(inputs: Block_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正文`)
};

export const cancel = /** @type {(inputs: CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`取消`)
};

export const close = /** @type {(inputs: CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`关闭`)
};

export const comment_add = /** @type {(inputs: Comment_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论`)
};

export const comment_block = /** @type {(inputs: Comment_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模块`)
};

export const comment_delete = /** @type {(inputs: Comment_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除`)
};

export const comment_delete_confirm = /** @type {(inputs: Comment_Delete_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除这条评论?`)
};

export const comment_deleted = /** @type {(inputs: Comment_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此评论已删除。`)
};

export const comment_edit = /** @type {(inputs: Comment_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`编辑`)
};

export const comment_edited = /** @type {(inputs: Comment_EditedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已编辑`)
};

export const comment_hide_resolved = /** @type {(inputs: Comment_Hide_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隐藏已解决`)
};

export const comment_hint = /** @type {(inputs: Comment_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`@ 提及 · Ctrl+Enter 发送`)
};

export const comment_mention = /** @type {(inputs: Comment_MentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提及同事`)
};

export const comment_offline = /** @type {(inputs: Comment_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前离线。新评论保存在本设备,联网后自动发送;编辑、删除和解决需要联网。`)
};

export const comment_on_deal = /** @type {(inputs: Comment_On_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`针对整个项目`)
};

export const comment_on_row = /** @type {(inputs: Comment_On_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`角色表行`)
};

export const comment_on_selection = /** @type {(inputs: Comment_On_SelectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论所选文字`)
};

export const comment_outbox = /** @type {(inputs: Comment_OutboxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 条等待发送`)
};

export const comment_pending = /** @type {(inputs: Comment_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`等待发送`)
};

export const comment_placeholder = /** @type {(inputs: Comment_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`写评论…`)
};

export const comment_question = /** @type {(inputs: Comment_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`问题`)
};

export const comment_refused = /** @type {(inputs: Comment_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`服务器拒绝了此操作:${i?.reason}`)
};

export const comment_reopen = /** @type {(inputs: Comment_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新打开`)
};

export const comment_reply = /** @type {(inputs: Comment_ReplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回复`)
};

export const comment_reply_placeholder = /** @type {(inputs: Comment_Reply_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回复…`)
};

export const comment_resolve = /** @type {(inputs: Comment_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`解决`)
};

export const comment_resolved_by = /** @type {(inputs: Comment_Resolved_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 已解决`)
};

export const comment_row = /** @type {(inputs: Comment_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`人员`)
};

export const comment_send = /** @type {(inputs: Comment_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`发表`)
};

export const comment_show_resolved = /** @type {(inputs: Comment_Show_ResolvedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`显示 ${i?.count} 条已解决`)
};

export const comment_text_gone = /** @type {(inputs: Comment_Text_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原文已删除`)
};

export const comment_unread = /** @type {(inputs: Comment_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未读`)
};

export const comment_unread_count = /** @type {(inputs: Comment_Unread_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 条新`)
};

export const comments_empty = /** @type {(inputs: Comments_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有评论。`)
};

export const comments_empty_can = /** @type {(inputs: Comments_Empty_CanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有评论。选中文字,或点击模块、人员旁的 💬 开始讨论。`)
};

export const comments_loading = /** @type {(inputs: Comments_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在加载评论…`)
};

export const comments_title = /** @type {(inputs: Comments_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论`)
};

export const comp_add = /** @type {(inputs: Comp_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加竞争对手`)
};

export const comp_add_named = /** @type {(inputs: Comp_Add_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`添加 ${i?.name}`)
};

export const comp_empty = /** @type {(inputs: Comp_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有列出竞争对手。`)
};

export const comp_home_court = /** @type {(inputs: Comp_Home_CourtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`谁的主场`)
};

export const comp_name = /** @type {(inputs: Comp_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争对手`)
};

export const comp_named_elsewhere = /** @type {(inputs: Comp_Named_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`向后拉计划或团队列表中提到:`)
};

export const comp_notes = /** @type {(inputs: Comp_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`备注`)
};

export const comp_price = /** @type {(inputs: Comp_PriceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户借它压价`)
};

export const comp_remove = /** @type {(inputs: Comp_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除竞争对手`)
};

export const comp_response = /** @type {(inputs: Comp_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`应对`)
};

export const comp_tender = /** @type {(inputs: Comp_TenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`招标`)
};

export const copied = /** @type {(inputs: CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已复制`)
};

export const copy_local_version = /** @type {(inputs: Copy_Local_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`复制我的版本`)
};

export const create_account = /** @type {(inputs: Create_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`创建客户`)
};

export const create_deal = /** @type {(inputs: Create_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`创建商机`)
};

export const deal_account = /** @type {(inputs: Deal_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

export const deal_amount = /** @type {(inputs: Deal_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`金额`)
};

export const deal_close_date = /** @type {(inputs: Deal_Close_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预计成交日期`)
};

export const deal_currency = /** @type {(inputs: Deal_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`币种`)
};

export const deal_members = /** @type {(inputs: Deal_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`项目团队`)
};

export const deal_owner = /** @type {(inputs: Deal_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`负责人`)
};

export const deal_title = /** @type {(inputs: Deal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`名称`)
};

export const deals_all_stages = /** @type {(inputs: Deals_All_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全部阶段`)
};

export const deals_col_account = /** @type {(inputs: Deals_Col_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

export const deals_col_amount = /** @type {(inputs: Deals_Col_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`金额`)
};

export const deals_col_close = /** @type {(inputs: Deals_Col_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预计成交日期`)
};

export const deals_col_flags = /** @type {(inputs: Deals_Col_FlagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`风险`)
};

export const deals_col_owner = /** @type {(inputs: Deals_Col_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`负责人`)
};

export const deals_col_role = /** @type {(inputs: Deals_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我的权限`)
};

export const deals_col_stage = /** @type {(inputs: Deals_Col_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段`)
};

export const deals_col_status = /** @type {(inputs: Deals_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`状态`)
};

export const deals_col_temperature = /** @type {(inputs: Deals_Col_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`温度`)
};

export const deals_col_title = /** @type {(inputs: Deals_Col_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

export const deals_empty = /** @type {(inputs: Deals_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有商机。新建第一个商机,打开它的作战室。`)
};

export const deals_sort = /** @type {(inputs: Deals_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`排序`)
};

export const deals_sort_updated = /** @type {(inputs: Deals_Sort_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最近更新`)
};

export const deals_title = /** @type {(inputs: Deals_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

export const diag_all_clear = /** @type {(inputs: Diag_All_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`暂无风险信号。`)
};

export const diag_no_remedy = /** @type {(inputs: Diag_No_RemedyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚无补救措施`)
};

export const diag_remedy = /** @type {(inputs: Diag_RemedyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`补救措施`)
};

export const diag_title = /** @type {(inputs: Diag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`诊断`)
};

export const diag_weighted = /** @type {(inputs: Diag_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加权支持度`)
};

export const editor_label = /** @type {(inputs: Editor_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机笔记与模块`)
};

export const email = /** @type {(inputs: EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邮箱`)
};

export const error_credentials = /** @type {(inputs: Error_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邮箱或密码不正确,请检查后重试。`)
};

export const error_email_taken = /** @type {(inputs: Error_Email_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该邮箱已注册,请直接登录。`)
};

export const error_generic = /** @type {(inputs: Error_GenericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`出了点问题。请重试;如果一直出现,请刷新页面。`)
};

export const error_invalid_email = /** @type {(inputs: Error_Invalid_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请输入有效的邮箱地址。`)
};

export const error_password_short = /** @type {(inputs: Error_Password_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`密码至少需要 ${i?.min} 个字符。`)
};

export const error_rate_limited = /** @type {(inputs: Error_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`登录尝试次数过多,请 ${i?.minutes} 分钟后再试。`)
};

export const error_required = /** @type {(inputs: Error_RequiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`请填写${i?.field}。`)
};

export const export_account = /** @type {(inputs: Export_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

export const export_amount = /** @type {(inputs: Export_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`金额`)
};

export const export_close_date = /** @type {(inputs: Export_Close_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预计成交`)
};

export const export_csv = /** @type {(inputs: Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导出 CSV`)
};

export const export_currency = /** @type {(inputs: Export_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`币种`)
};

export const export_markdown = /** @type {(inputs: Export_MarkdownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markdown (.md)`)
};

export const export_menu = /** @type {(inputs: Export_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导出`)
};

export const export_open_threads = /** @type {(inputs: Export_Open_ThreadsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未解决的评论`)
};

export const export_owner = /** @type {(inputs: Export_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机负责人`)
};

export const export_print = /** @type {(inputs: Export_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PDF(打印)`)
};

export const export_status = /** @type {(inputs: Export_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`状态`)
};

export const forgot_link = /** @type {(inputs: Forgot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`忘记密码?`)
};

export const forgot_no_mail = /** @type {(inputs: Forgot_No_MailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此服务器无法发送邮件。请联系工作区所有者，在成员页面为你生成重置链接。`)
};

export const forgot_rate_limited = /** @type {(inputs: Forgot_Rate_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此网络的重置请求过多。请一小时后再试。`)
};

export const forgot_send = /** @type {(inputs: Forgot_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`发送重置链接`)
};

export const forgot_sent = /** @type {(inputs: Forgot_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`如果该邮箱有账户，我们已发送重置密码的链接。链接仅可使用一次，一小时内有效。`)
};

export const forgot_title = /** @type {(inputs: Forgot_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重置密码`)
};

export const full_width = /** @type {(inputs: Full_WidthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全宽`)
};

export const here_now = /** @type {(inputs: Here_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在线`)
};

export const hist_action_added = /** @type {(inputs: Hist_Action_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新增行动 ${i?.text}`)
};

export const hist_action_done = /** @type {(inputs: Hist_Action_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`行动 ${i?.text} 已完成`)
};

export const hist_action_removed = /** @type {(inputs: Hist_Action_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除行动 ${i?.text}`)
};

export const hist_action_reopened = /** @type {(inputs: Hist_Action_ReopenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`行动 ${i?.text} 重新打开`)
};

export const hist_answers_changed = /** @type {(inputs: Hist_Answers_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 的回答有改动`)
};

export const hist_block_added = /** @type {(inputs: Hist_Block_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增模块`)
};

export const hist_block_removed = /** @type {(inputs: Hist_Block_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除模块`)
};

export const hist_blocks_changed = /** @type {(inputs: Hist_Blocks_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`改动的模块:${i?.count}`)
};

export const hist_by = /** @type {(inputs: Hist_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`编辑者:${i?.names}`)
};

export const hist_close = /** @type {(inputs: Hist_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`关闭历史`)
};

export const hist_competitor_added = /** @type {(inputs: Hist_Competitor_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`添加了竞争对手 ${i?.name}`)
};

export const hist_competitor_changed = /** @type {(inputs: Hist_Competitor_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`修改了竞争对手 ${i?.name}`)
};

export const hist_competitor_removed = /** @type {(inputs: Hist_Competitor_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除了竞争对手 ${i?.name}`)
};

export const hist_confirmed = /** @type {(inputs: Hist_ConfirmedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`阶段清单:客户已确认 ${i?.item}`)
};

export const hist_current_label = /** @type {(inputs: Hist_Current_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`现在`)
};

export const hist_diff_title = /** @type {(inputs: Hist_Diff_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从此版本到现在的改动`)
};

export const hist_empty = /** @type {(inputs: Hist_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有版本。编辑停止几分钟后、每次阶段变化时以及每次恢复前,服务器都会保存一个版本;编辑者现在就可以命名一个版本。`)
};

export const hist_export_version = /** @type {(inputs: Hist_Export_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导出此版本(.md)`)
};

export const hist_failed = /** @type {(inputs: Hist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无法载入历史。请检查网络后重试。`)
};

export const hist_key_person_added = /** @type {(inputs: Hist_Key_Person_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新增关键人 ${i?.name}`)
};

export const hist_key_person_removed = /** @type {(inputs: Hist_Key_Person_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除关键人 ${i?.name}`)
};

export const hist_kind_auto = /** @type {(inputs: Hist_Kind_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自动`)
};

export const hist_kind_beforerestore1 = /** @type {(inputs: Hist_Kind_Beforerestore1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`恢复之前`)
};

export const hist_kind_named = /** @type {(inputs: Hist_Kind_NamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已命名`)
};

export const hist_kind_restore = /** @type {(inputs: Hist_Kind_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`恢复`)
};

export const hist_kind_stage = /** @type {(inputs: Hist_Kind_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段变化`)
};

export const hist_loading = /** @type {(inputs: Hist_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在载入历史…`)
};

export const hist_name_label = /** @type {(inputs: Hist_Name_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`命名此版本`)
};

export const hist_name_placeholder = /** @type {(inputs: Hist_Name_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`例如:季度复盘前`)
};

export const hist_name_save = /** @type {(inputs: Hist_Name_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存版本`)
};

export const hist_named = /** @type {(inputs: Hist_NamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`版本已保存。`)
};

export const hist_no_changes = /** @type {(inputs: Hist_No_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`与现在没有差别。`)
};

export const hist_nobody = /** @type {(inputs: Hist_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`没有人员编辑`)
};

export const hist_only_editors = /** @type {(inputs: Hist_Only_EditorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有此商机的编辑者可以恢复。`)
};

export const hist_open = /** @type {(inputs: Hist_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`历史版本`)
};

export const hist_person_added = /** @type {(inputs: Hist_Person_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新增 ${i?.name}`)
};

export const hist_person_removed = /** @type {(inputs: Hist_Person_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除 ${i?.name}`)
};

export const hist_resource_added = /** @type {(inputs: Hist_Resource_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`添加了资源 ${i?.who}`)
};

export const hist_resource_changed = /** @type {(inputs: Hist_Resource_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`修改了资源 ${i?.who}`)
};

export const hist_resource_removed = /** @type {(inputs: Hist_Resource_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`删除了资源 ${i?.who}`)
};

export const hist_restore_all = /** @type {(inputs: Hist_Restore_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`恢复此版本`)
};

export const hist_restore_block = /** @type {(inputs: Hist_Restore_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只恢复此模块`)
};

export const hist_restore_confirm = /** @type {(inputs: Hist_Restore_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把整个商机恢复到此版本?恢复会作为一次新的修改同步给所有人,可以撤销。`)
};

export const hist_restore_failed = /** @type {(inputs: Hist_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`恢复没有完成:${i?.reason}`)
};

export const hist_restore_refused_frozen = /** @type {(inputs: Hist_Restore_Refused_FrozenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此商机已关闭:历史可以查看,不能恢复。`)
};

export const hist_restored = /** @type {(inputs: Hist_RestoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已恢复,所有人都能看到。`)
};

export const hist_retry = /** @type {(inputs: Hist_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重试`)
};

export const hist_summary = /** @type {(inputs: Hist_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`+${i?.added} / −${i?.removed} 个字符`)
};

export const hist_tactic_off = /** @type {(inputs: Hist_Tactic_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`放弃策略 ${i?.tactic}`)
};

export const hist_tactic_on = /** @type {(inputs: Hist_Tactic_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`选择策略 ${i?.tactic}`)
};

export const hist_text_changes = /** @type {(inputs: Hist_Text_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正文`)
};

export const hist_ticked = /** @type {(inputs: Hist_TickedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`阶段清单:已勾选 ${i?.item}`)
};

export const hist_title = /** @type {(inputs: Hist_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`历史版本`)
};

export const hist_unconfirmed = /** @type {(inputs: Hist_UnconfirmedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`阶段清单:${i?.item} 不再是客户确认`)
};

export const hist_undo_restore = /** @type {(inputs: Hist_Undo_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`撤销恢复`)
};

export const hist_unticked = /** @type {(inputs: Hist_UntickedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`阶段清单:取消勾选 ${i?.item}`)
};

export const hist_viewing = /** @type {(inputs: Hist_ViewingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} 的版本(只读)`)
};

export const hm_by_change = /** @type {(inputs: Hm_By_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`按变更`)
};

export const hm_by_day = /** @type {(inputs: Hm_By_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`按天`)
};

export const hm_grid = /** @type {(inputs: Hm_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`影响力 × 支持度`)
};

export const hm_no_history = /** @type {(inputs: Hm_No_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有支持度变化记录。`)
};

export const hm_no_source = /** @type {(inputs: Hm_No_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请先在本商机中添加角色进阶分析表。`)
};

export const hm_timeline = /** @type {(inputs: Hm_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`支持度变化`)
};

export const import_accounts = /** @type {(inputs: Import_AccountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

export const import_another = /** @type {(inputs: Import_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导入另一个文件`)
};

export const import_col_column = /** @type {(inputs: Import_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件中的列`)
};

export const import_col_field = /** @type {(inputs: Import_Col_FieldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导入为`)
};

export const import_col_happens = /** @type {(inputs: Import_Col_HappensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`将会`)
};

export const import_col_problems = /** @type {(inputs: Import_Col_ProblemsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`需要修改`)
};

export const import_col_row = /** @type {(inputs: Import_Col_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`行`)
};

export const import_col_sample = /** @type {(inputs: Import_Col_SampleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`其中的值`)
};

export const import_commit = /** @type {(inputs: Import_CommitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`导入 ${i?.rows} 行`)
};

export const import_commit_skips = /** @type {(inputs: Import_Commit_SkipsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 行有错误,不会导入:请在文件中修改后再次导入。`)
};

export const import_contacts = /** @type {(inputs: Import_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`联系人`)
};

export const import_count_line = /** @type {(inputs: Import_Count_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新建 ${i?.create} · 更新 ${i?.update} · 不变 ${i?.unchanged}`)
};

export const import_date_order = /** @type {(inputs: Import_Date_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`日期写法`)
};

export const import_deals = /** @type {(inputs: Import_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

export const import_default_currency = /** @type {(inputs: Import_Default_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未写币种时的币种`)
};

export const import_delimiter = /** @type {(inputs: Import_DelimiterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`值的分隔符`)
};

export const import_delimiter_auto = /** @type {(inputs: Import_Delimiter_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从文件中判断`)
};

export const import_delimiter_comma = /** @type {(inputs: Import_Delimiter_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`逗号`)
};

export const import_delimiter_pipe = /** @type {(inputs: Import_Delimiter_PipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竖线`)
};

export const import_delimiter_semicolon = /** @type {(inputs: Import_Delimiter_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`分号`)
};

export const import_delimiter_tab = /** @type {(inputs: Import_Delimiter_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`制表符`)
};

export const import_discard = /** @type {(inputs: Import_DiscardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`放弃这个文件`)
};

export const import_drop = /** @type {(inputs: Import_DropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把 CSV 文件拖到这里,或点击选择`)
};

export const import_drop_hint = /** @type {(inputs: Import_Drop_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户、联系人、商机的导出文件,或包含三者的一个文件。UTF-8 或 GBK 编码,最多 50 MB、100,000 行。`)
};

export const import_error_busy = /** @type {(inputs: Import_Error_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本工作区的另一次导入正在进行(或正在撤销)。请等它完成后再试。`)
};

export const import_error_empty = /** @type {(inputs: Import_Error_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件是空的。`)
};

export const import_error_encoding = /** @type {(inputs: Import_Error_EncodingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件中有无法读取的内容。请另存为 CSV(UTF-8)后重新读取。`)
};

export const import_error_network = /** @type {(inputs: Import_Error_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`连接已断开。请检查网络后重试。`)
};

export const import_error_no_rows = /** @type {(inputs: Import_Error_No_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件只有表头,没有数据行。`)
};

export const import_error_not_found = /** @type {(inputs: Import_Error_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你的工作区中(已)没有这次导入。`)
};

export const import_error_one_column = /** @type {(inputs: Import_Error_One_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只找到一列。值可能用其他符号分隔:请在“值的分隔符”中选择,然后重新读取文件。`)
};

export const import_error_request = /** @type {(inputs: Import_Error_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请求被拒绝。请刷新页面后重试。`)
};

export const import_error_row_too_long = /** @type {(inputs: Import_Error_Row_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.row} 行超过一百万个字符。请检查文件是否为 CSV 导出。没有导入任何内容。`)
};

export const import_error_rows = /** @type {(inputs: Import_Error_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有错误的行`)
};

export const import_error_rows_line = /** @type {(inputs: Import_Error_Rows_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 行有错误,不会导入`)
};

export const import_error_server = /** @type {(inputs: Import_Error_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`由于我们这边的问题,文件未能读取。请稍后再试。`)
};

export const import_error_signed_out = /** @type {(inputs: Import_Error_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登录已过期。请重新登录,然后再次选择文件。`)
};

export const import_error_started = /** @type {(inputs: Import_Error_StartedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`这次导入已经开始或已完成:本页现在显示它的进度。`)
};

export const import_error_too_large = /** @type {(inputs: Import_Error_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件超过 50 MB。请拆分成较小的文件(例如按年份或负责人),依次导入。`)
};

export const import_error_too_many_columns = /** @type {(inputs: Import_Error_Too_Many_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`文件超过 ${i?.limit} 列。请只导出需要的列。`)
};

export const import_error_too_many_rows = /** @type {(inputs: Import_Error_Too_Many_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`文件超过 ${i?.limit} 行。请拆分成较小的文件,依次导入。`)
};

export const import_error_unclosed_quote = /** @type {(inputs: Import_Error_Unclosed_QuoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.row} 行的引号没有闭合,之后的内容都会被读成一个值。请在文件中闭合或删除这个引号,再重新读取。没有导入任何内容。`)
};

export const import_field_for = /** @type {(inputs: Import_Field_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.column}”列的内容`)
};

export const import_field_none = /** @type {(inputs: Import_Field_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— 不导入 —`)
};

export const import_file_facts = /** @type {(inputs: Import_File_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}:${i?.rows} 行,${i?.encoding},以“${i?.delimiter}”分隔`)
};

export const import_intro = /** @type {(inputs: Import_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`从 Salesforce 或 HubSpot 的导出文件(或任何 CSV)把客户、联系人和商机导入 ${i?.workspace}:先核对列的读取方式,查看每一行将如何处理,然后导入。导入可以整体撤销。`)
};

export const import_may_leave = /** @type {(inputs: Import_May_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你可以离开本页:导入会继续进行,回来时本页会显示进度。`)
};

export const import_not_allowed = /** @type {(inputs: Import_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有工作区的所有者和经理可以导入。请让他们导入这个文件,或把你设为经理。`)
};

export const import_number_format = /** @type {(inputs: Import_Number_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`金额写法`)
};

export const import_only_problems = /** @type {(inputs: Import_Only_ProblemsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只看有错误或提醒的行`)
};

export const import_preview = /** @type {(inputs: Import_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预览导入`)
};

export const import_problem_contactneedsaccount2 = /** @type {(inputs: Import_Problem_Contactneedsaccount2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`联系人需要客户:请选择包含客户(公司)名称的列。`)
};

export const import_problem_currency = /** @type {(inputs: Import_Problem_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未写币种的金额需要一个三位币种代码,例如 USD 或 CNY。`)
};

export const import_problem_dealneedsaccount2 = /** @type {(inputs: Import_Problem_Dealneedsaccount2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机需要客户:请选择包含客户(公司)名称的列。`)
};

export const import_problem_dealneedstitle2 = /** @type {(inputs: Import_Problem_Dealneedstitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机需要名称:请选择包含商机名称的列。`)
};

export const import_problem_nothingmapped1 = /** @type {(inputs: Import_Problem_Nothingmapped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有导入任何列:请至少为一列选择内容(客户名称、商机名称或联系人)。`)
};

export const import_progress = /** @type {(inputs: Import_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} / ${i?.total} 行。`)
};

export const import_recent = /** @type {(inputs: Import_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最近的导入`)
};

export const import_recent_line = /** @type {(inputs: Import_Recent_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rows} 行 · ${i?.by} · ${i?.when}`)
};

export const import_row_skipped = /** @type {(inputs: Import_Row_SkippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不导入:`)
};

export const import_rows_shown = /** @type {(inputs: Import_Rows_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`显示前面的行和有问题的行(${i?.shown} / ${i?.total})。`)
};

export const import_run_problem = /** @type {(inputs: Import_Run_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`导入因数据库错误暂停,将自动重试:${i?.problem}`)
};

export const import_stage_for = /** @type {(inputs: Import_Stage_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.value}”对应的阶段`)
};

export const import_stage_lost = /** @type {(inputs: Import_Stage_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`输单`)
};

export const import_stage_unmapped = /** @type {(inputs: Import_Stage_UnmappedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— 选择阶段 —`)
};

export const import_stage_won = /** @type {(inputs: Import_Stage_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单(订单确认)`)
};

export const import_stages = /** @type {(inputs: Import_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段`)
};

export const import_stages_hint = /** @type {(inputs: Import_Stages_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件中的每个阶段值及其对应的阶段。之前各阶段的退出标准会为商机勾选并标为导入,请与客户确认。`)
};

export const import_status_imported = /** @type {(inputs: Import_Status_ImportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已导入`)
};

export const import_status_importing = /** @type {(inputs: Import_Status_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在导入…`)
};

export const import_status_undoing = /** @type {(inputs: Import_Status_UndoingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在撤销导入…`)
};

export const import_status_undone = /** @type {(inputs: Import_Status_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已撤销`)
};

export const import_status_uploaded = /** @type {(inputs: Import_Status_UploadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已读取,尚未导入`)
};

export const import_step_map = /** @type {(inputs: Import_Step_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2. 核对列`)
};

export const import_step_preview = /** @type {(inputs: Import_Step_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`3. 导入将做什么`)
};

export const import_step_upload = /** @type {(inputs: Import_Step_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1. 选择文件`)
};

export const import_title = /** @type {(inputs: Import_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从 CSV 导入`)
};

export const import_undo = /** @type {(inputs: Import_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`撤销这次导入`)
};

export const import_undo_confirm = /** @type {(inputs: Import_Undo_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`撤销 ${i?.file} 的导入?它新建的商机、联系人和客户将被删除(之后有人处理过的除外);它修改的字段将恢复原值。`)
};

export const import_undo_summary = /** @type {(inputs: Import_Undo_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已撤销:删除 ${i?.removed} 项,恢复 ${i?.restored} 项,保留 ${i?.kept} 项(之后有人处理过)。`)
};

export const import_upload = /** @type {(inputs: Import_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`读取文件`)
};

export const import_uploading = /** @type {(inputs: Import_UploadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在读取文件…`)
};

export const import_working = /** @type {(inputs: Import_WorkingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`处理中…`)
};

export const inbox_empty = /** @type {(inputs: Inbox_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`暂无内容:提及你的评论和对你讨论的回复会显示在这里。`)
};

export const inbox_mention = /** @type {(inputs: Inbox_MentionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 提及了你`)
};

export const inbox_reply = /** @type {(inputs: Inbox_ReplyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 回复了`)
};

export const inbox_title = /** @type {(inputs: Inbox_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`收件箱`)
};

export const inbox_unread = /** @type {(inputs: Inbox_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 条未读`)
};

export const invite_ask = /** @type {(inputs: Invite_AskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请联系邀请你的人重新发送邀请。`)
};

export const invite_expired = /** @type {(inputs: Invite_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请链接已过期。`)
};

export const invite_from = /** @type {(inputs: Invite_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} 邀请你以${i?.role}身份加入。`)
};

export const invite_gone_title = /** @type {(inputs: Invite_Gone_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请无法使用`)
};

export const invite_has_account = /** @type {(inputs: Invite_Has_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该邮箱已有账户。请登录后加入。`)
};

export const invite_join = /** @type {(inputs: Invite_JoinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`加入 ${i?.workspace}`)
};

export const invite_other_address = /** @type {(inputs: Invite_Other_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`你当前以 ${i?.email} 登录，但此邀请发给了另一个邮箱。请退出登录后重新打开链接，或请对方向 ${i?.email} 发送邀请。`)
};

export const invite_revoked = /** @type {(inputs: Invite_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请已被撤销。`)
};

export const invite_signin_instead = /** @type {(inputs: Invite_Signin_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`改为登录`)
};

export const invite_signin_join = /** @type {(inputs: Invite_Signin_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登录并加入`)
};

export const invite_signup_instead = /** @type {(inputs: Invite_Signup_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`改为创建新账户`)
};

export const invite_signup_join = /** @type {(inputs: Invite_Signup_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`创建账户并加入`)
};

export const invite_title = /** @type {(inputs: Invite_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`加入 ${i?.workspace}`)
};

export const invite_unknown = /** @type {(inputs: Invite_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请链接无效。请确认链接已完整复制。`)
};

export const invite_used = /** @type {(inputs: Invite_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请链接已被使用。`)
};

export const language = /** @type {(inputs: LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`语言`)
};

export const loading_document = /** @type {(inputs: Loading_DocumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在加载作战室…`)
};

export const login_demo_hint = /** @type {(inputs: Login_Demo_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`演示账号:alice@demo.test、bob@demo.test、maya@demo.test 或 victor@demo.test,密码 demo-password。`)
};

export const login_have_account = /** @type {(inputs: Login_Have_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已有账号?`)
};

export const login_no_account = /** @type {(inputs: Login_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有账号?`)
};

export const login_title = /** @type {(inputs: Login_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登录商机作战室`)
};

export const mail_invite_body = /** @type {(inputs: Mail_Invite_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} 邀请你加入 Deal rooms 上的工作区“${i?.workspace}”。

打开以下链接即可加入：
${i?.link}

链接仅可使用一次，将于 ${i?.expires} 过期。如果你没有预期收到此邀请，请忽略本邮件。`)
};

export const mail_invite_subject = /** @type {(inputs: Mail_Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} 邀请你加入 Deal rooms 上的 ${i?.workspace}`)
};

export const mail_reset_body = /** @type {(inputs: Mail_Reset_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有人申请重置你的 Deal rooms 账户密码。

打开以下链接设置新密码（仅可使用一次，一小时内有效）：
${i?.link}

如果不是你本人操作，请忽略本邮件，你的密码不会改变。`)
};

export const mail_reset_subject = /** @type {(inputs: Mail_Reset_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重置你的 Deal rooms 密码`)
};

export const mail_signup_body = /** @type {(inputs: Mail_Signup_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有人（希望是你）使用此邮箱注册了 Deal rooms。

打开以下链接完成注册（仅可使用一次，24 小时内有效）：
${i?.link}

如果不是你本人操作，请忽略本邮件，不会创建任何账户。`)
};

export const mail_signup_existing_body = /** @type {(inputs: Mail_Signup_Existing_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有人（希望是你）尝试用此邮箱注册 Deal rooms，但该邮箱已有账户，因此没有创建新账户。

登录：${i?.signin}
忘记密码？${i?.forgot}

如果不是你本人操作，请忽略本邮件，一切保持不变。`)
};

export const mail_signup_existing_subject = /** @type {(inputs: Mail_Signup_Existing_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你已有 Deal rooms 账户`)
};

export const mail_signup_subject = /** @type {(inputs: Mail_Signup_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`完成 Deal rooms 账户注册`)
};

export const mark_lost = /** @type {(inputs: Mark_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`标记丢单`)
};

export const mark_won = /** @type {(inputs: Mark_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`标记赢单`)
};

export const member = /** @type {(inputs: MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`成员`)
};

export const member_added = /** @type {(inputs: Member_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 现在是本商机的${i?.role}。`)
};

export const nav_deals = /** @type {(inputs: Nav_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

export const nav_import = /** @type {(inputs: Nav_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导入`)
};

export const nav_inbox = /** @type {(inputs: Nav_InboxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`收件箱`)
};

export const nav_main = /** @type {(inputs: Nav_MainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`主导航`)
};

export const nav_menu = /** @type {(inputs: Nav_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`菜单`)
};

export const nav_new_account = /** @type {(inputs: Nav_New_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建客户`)
};

export const nav_new_deal = /** @type {(inputs: Nav_New_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建商机`)
};

export const nav_pipeline = /** @type {(inputs: Nav_PipelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`管道评审`)
};

export const nav_settings = /** @type {(inputs: Nav_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设置`)
};

export const new_account_title = /** @type {(inputs: New_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建客户`)
};

export const new_deal_title = /** @type {(inputs: New_Deal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建商机`)
};

export const no_access = /** @type {(inputs: No_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你无权访问此商机,请联系负责人添加你。`)
};

export const no_accounts = /** @type {(inputs: No_AccountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请先新建客户(客户公司)。`)
};

export const not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`页面不存在。`)
};

export const nq_answered = /** @type {(inputs: Nq_AnsweredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已回答`)
};

export const nq_comment = /** @type {(inputs: Nq_CommentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`评论第 ${i?.n} 问`)
};

export const nq_comments_count = /** @type {(inputs: Nq_Comments_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`评论:${i?.count}`)
};

export const nq_loading = /** @type {(inputs: Nq_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在读取商机…`)
};

export const nq_missing = /** @type {(inputs: Nq_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`缺失`)
};

export const nq_missing_label = /** @type {(inputs: Nq_Missing_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`缺少`)
};

export const nq_next_label = /** @type {(inputs: Nq_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下一步`)
};

export const nq_open = /** @type {(inputs: Nq_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单九问`)
};

export const nq_partly = /** @type {(inputs: Nq_PartlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`部分回答`)
};

export const nq_score = /** @type {(inputs: Nq_ScoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已回答 ${i?.score} / ${i?.total}`)
};

export const nq_title = /** @type {(inputs: Nq_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单九问`)
};

export const obj_incomplete = /** @type {(inputs: Obj_IncompleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请填写完整:明确的目标是整个计划的方向。`)
};

export const obj_quantity = /** @type {(inputs: Obj_QuantityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`数量`)
};

export const obj_revenue = /** @type {(inputs: Obj_RevenueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`收入`)
};

export const obj_what = /** @type {(inputs: Obj_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`产品/服务`)
};

export const obj_when = /** @type {(inputs: Obj_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`时间`)
};

export const obj_whom = /** @type {(inputs: Obj_WhomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

export const offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前离线。在本设备上打开过的作战室仍可查看和编辑,恢复连接后修改会自动保存。`)
};

export const offline_unavailable = /** @type {(inputs: Offline_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此页面需要连接服务器,离线时不可用。`)
};

export const only_managers_add = /** @type {(inputs: Only_Managers_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有商机负责人、工作区所有者或经理可以调整商机成员。`)
};

export const only_managers_reopen = /** @type {(inputs: Only_Managers_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有工作区所有者或经理可以重新打开已关闭的商机。`)
};

export const password = /** @type {(inputs: PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`密码`)
};

export const pb_action_done = /** @type {(inputs: Pb_Action_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已完成`)
};

export const pb_actions = /** @type {(inputs: Pb_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`行动计划`)
};

export const pb_add_action = /** @type {(inputs: Pb_Add_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加行动`)
};

export const pb_add_person = /** @type {(inputs: Pb_Add_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从角色表添加人员`)
};

export const pb_buyer = /** @type {(inputs: Pb_BuyerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户自己`)
};

export const pb_competitor = /** @type {(inputs: Pb_CompetitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争对手`)
};

export const pb_competitor_name = /** @type {(inputs: Pb_Competitor_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争对手名称`)
};

export const pb_current = /** @type {(inputs: Pb_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户当前位置(定位点)`)
};

export const pb_key_people = /** @type {(inputs: Pb_Key_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`需要拜访的关键人`)
};

export const pb_no_role_table = /** @type {(inputs: Pb_No_Role_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`先在角色进阶分析表中添加人员。`)
};

export const pb_not_set = /** @type {(inputs: Pb_Not_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— 未设置 —`)
};

export const pb_shaped_by = /** @type {(inputs: Pb_Shaped_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`主导者`)
};

export const pb_suggested = /** @type {(inputs: Pb_SuggestedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`建议动作`)
};

export const pb_tactics = /** @type {(inputs: Pb_TacticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`手段`)
};

export const pb_target = /** @type {(inputs: Pb_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`拉回到`)
};

export const pb_us = /** @type {(inputs: Pb_UsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我们`)
};

export const pl_all_stages = /** @type {(inputs: Pl_All_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有阶段`)
};

export const pl_amount = /** @type {(inputs: Pl_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`金额`)
};

export const pl_board = /** @type {(inputs: Pl_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`看板`)
};

export const pl_ch_added = /** @type {(inputs: Pl_Ch_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增`)
};

export const pl_ch_advanced = /** @type {(inputs: Pl_Ch_AdvancedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`推进`)
};

export const pl_ch_amount = /** @type {(inputs: Pl_Ch_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`金额变化`)
};

export const pl_ch_date = /** @type {(inputs: Pl_Ch_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`日期变化`)
};

export const pl_ch_lost = /** @type {(inputs: Pl_Ch_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`丢单`)
};

export const pl_ch_questions = /** @type {(inputs: Pl_Ch_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`九问`)
};

export const pl_ch_questions_detail = /** @type {(inputs: Pl_Ch_Questions_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`自上次复盘以来已回答 ${i?.from} → ${i?.to}`)
};

export const pl_ch_removed = /** @type {(inputs: Pl_Ch_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`移除`)
};

export const pl_ch_slipped = /** @type {(inputs: Pl_Ch_SlippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退回`)
};

export const pl_ch_won = /** @type {(inputs: Pl_Ch_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单`)
};

export const pl_close = /** @type {(inputs: Pl_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预计成交`)
};

export const pl_comment_on = /** @type {(inputs: Pl_Comment_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论对象`)
};

export const pl_compare_with = /** @type {(inputs: Pl_Compare_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`对比`)
};

export const pl_deal = /** @type {(inputs: Pl_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`项目`)
};

export const pl_empty = /** @type {(inputs: Pl_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有进行中的项目。请在“项目”中新建。`)
};

export const pl_everyone = /** @type {(inputs: Pl_EveryoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有人`)
};

export const pl_fallback = /** @type {(inputs: Pl_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设定赢率`)
};

export const pl_flags = /** @type {(inputs: Pl_FlagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`诊断`)
};

export const pl_flow = /** @type {(inputs: Pl_FlowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自上次评审`)
};

export const pl_flow_advanced = /** @type {(inputs: Pl_Flow_AdvancedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`从${i?.from}推进`)
};

export const pl_flow_new = /** @type {(inputs: Pl_Flow_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增`)
};

export const pl_flow_slipped = /** @type {(inputs: Pl_Flow_SlippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`从${i?.from}退回`)
};

export const pl_flow_stalled = /** @type {(inputs: Pl_Flow_StalledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`停滞 ${i?.days} 天`)
};

export const pl_forecast = /** @type {(inputs: Pl_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加权预测`)
};

export const pl_from_history = /** @type {(inputs: Pl_From_HistoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`历史数据,${i?.count} 个已结束`)
};

export const pl_funnel = /** @type {(inputs: Pl_FunnelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`销售漏斗`)
};

export const pl_list = /** @type {(inputs: Pl_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`列表`)
};

export const pl_month = /** @type {(inputs: Pl_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`按月`)
};

export const pl_nine = /** @type {(inputs: Pl_NineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`九问`)
};

export const pl_nine_title = /** @type {(inputs: Pl_Nine_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单九问已回答数`)
};

export const pl_no_changes = /** @type {(inputs: Pl_No_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自那次评审以来没有变化。`)
};

export const pl_no_forecast = /** @type {(inputs: Pl_No_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`漏斗中还没有填写预计成交日期的项目。`)
};

export const pl_no_snapshot = /** @type {(inputs: Pl_No_SnapshotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有保存的评审。经理在每次评审时保存,下次评审即可看到变化。`)
};

export const pl_open_deal = /** @type {(inputs: Pl_Open_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打开项目空间`)
};

export const pl_outside_funnel = /** @type {(inputs: Pl_Outside_FunnelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`漏斗之外`)
};

export const pl_owner = /** @type {(inputs: Pl_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`负责人`)
};

export const pl_period = /** @type {(inputs: Pl_PeriodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`周期`)
};

export const pl_quarter = /** @type {(inputs: Pl_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`按季度`)
};

export const pl_rates_saved = /** @type {(inputs: Pl_Rates_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢率已保存。`)
};

export const pl_read_only_comments = /** @type {(inputs: Pl_Read_Only_CommentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你可以阅读评论;你在此项目中的角色不能发表评论。`)
};

export const pl_review = /** @type {(inputs: Pl_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自上次评审以来`)
};

export const pl_review_nav = /** @type {(inputs: Pl_Review_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`复盘中的商机`)
};

export const pl_review_next = /** @type {(inputs: Pl_Review_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下一个`)
};

export const pl_review_position = /** @type {(inputs: Pl_Review_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.n} / ${i?.total} 个商机`)
};

export const pl_review_prev = /** @type {(inputs: Pl_Review_PrevInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上一个`)
};

export const pl_save_rates = /** @type {(inputs: Pl_Save_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存赢率`)
};

export const pl_save_snapshot = /** @type {(inputs: Pl_Save_SnapshotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存今天的评审`)
};

export const pl_snapshot_of = /** @type {(inputs: Pl_Snapshot_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} 的评审(${i?.name})`)
};

export const pl_snapshot_saved = /** @type {(inputs: Pl_Snapshot_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已保存,之后的评审可与之对比。`)
};

export const pl_source = /** @type {(inputs: Pl_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`来源`)
};

export const pl_stage = /** @type {(inputs: Pl_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段`)
};

export const pl_summary = /** @type {(inputs: Pl_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 个进行中项目 · ${i?.amount} · 加权 ${i?.weighted}`)
};

export const pl_temperature = /** @type {(inputs: Pl_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`温度`)
};

export const pl_threads_of = /** @type {(inputs: Pl_Threads_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} 的评论`)
};

export const pl_too_little = /** @type {(inputs: Pl_Too_LittleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`设定值(仅 ${i?.count} 个已结束)`)
};

export const pl_view = /** @type {(inputs: Pl_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`视图`)
};

export const pl_weighted = /** @type {(inputs: Pl_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加权`)
};

export const pl_win_rate = /** @type {(inputs: Pl_Win_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢率`)
};

export const pl_win_rates = /** @type {(inputs: Pl_Win_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段赢率(斜率)`)
};

export const pl_win_rates_help = /** @type {(inputs: Pl_Win_Rates_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`根据到达各阶段的赢单和丢单计算。某阶段已结束项目少于 5 个时,使用你们自己设定的赢率。`)
};

export const pos_competitive = /** @type {(inputs: Pos_CompetitiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争位置`)
};

export const pos_no_checklist = /** @type {(inputs: Pos_No_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无阶段清单`)
};

export const pos_stage = /** @type {(inputs: Pos_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段(由清单推导)`)
};

export const pos_temperature = /** @type {(inputs: Pos_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`项目温度`)
};

export const pos_urgency = /** @type {(inputs: Pos_UrgencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`紧急程度`)
};

export const print_back = /** @type {(inputs: Print_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`返回商机`)
};

export const print_button = /** @type {(inputs: Print_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打印或另存为 PDF`)
};

export const print_exported = /** @type {(inputs: Print_ExportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`导出于 ${i?.date}`)
};

export const profile_add_event = /** @type {(inputs: Profile_Add_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加记录`)
};

export const profile_contacts = /** @type {(inputs: Profile_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`联系人`)
};

export const profile_deals = /** @type {(inputs: Profile_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

export const profile_event_contact = /** @type {(inputs: Profile_Event_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`相关人员`)
};

export const profile_event_date = /** @type {(inputs: Profile_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`日期`)
};

export const profile_event_text = /** @type {(inputs: Profile_Event_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`发生了什么`)
};

export const profile_log = /** @type {(inputs: Profile_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`事件记录`)
};

export const profile_log_empty = /** @type {(inputs: Profile_Log_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有事件。`)
};

export const profile_no_support = /** @type {(inputs: Profile_No_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该客户还没有支持度记录。`)
};

export const profile_nobody = /** @type {(inputs: Profile_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— 无特定人员 —`)
};

export const profile_support = /** @type {(inputs: Profile_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`各商机中的支持度变化`)
};

export const profile_support_change = /** @type {(inputs: Profile_Support_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}:支持度 ${i?.from} → ${i?.to}(${i?.deal})`)
};

export const profile_title = /** @type {(inputs: Profile_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户档案`)
};

export const read_only_commenter = /** @type {(inputs: Read_Only_CommenterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你可以查看和评论本作战室,但不能编辑。`)
};

export const read_only_frozen = /** @type {(inputs: Read_Only_FrozenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`该商机已关闭(${i?.status}):作战室已冻结为只读。`)
};

export const read_only_viewer = /** @type {(inputs: Read_Only_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你可以查看本作战室,但不能编辑。`)
};

export const reopen_deal = /** @type {(inputs: Reopen_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新打开`)
};

export const res_add = /** @type {(inputs: Res_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加资源`)
};

export const res_empty = /** @type {(inputs: Res_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有资源计划。谁能帮我们赢下这一单:专家、高管、合作伙伴、样板客户?`)
};

export const res_for = /** @type {(inputs: Res_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`对接谁`)
};

export const res_from_workspace = /** @type {(inputs: Res_From_WorkspaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从团队资源列表添加`)
};

export const res_kind = /** @type {(inputs: Res_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`类型`)
};

export const res_remove = /** @type {(inputs: Res_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除资源`)
};

export const res_status = /** @type {(inputs: Res_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`状态`)
};

export const res_their_win = /** @type {(inputs: Res_Their_WinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`资源自己的“赢”`)
};

export const res_when = /** @type {(inputs: Res_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`何时`)
};

export const res_who = /** @type {(inputs: Res_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`谁 / 什么`)
};

export const reset_for = /** @type {(inputs: Reset_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`账户：${i?.email}。所有已登录此账户的设备都将退出登录。`)
};

export const reset_gone = /** @type {(inputs: Reset_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此重置链接已过期或已被使用。请重新申请。`)
};

export const reset_submit = /** @type {(inputs: Reset_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设置密码并登录`)
};

export const reset_title = /** @type {(inputs: Reset_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设置新密码`)
};

export const role = /** @type {(inputs: RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`权限`)
};

export const role_commenter = /** @type {(inputs: Role_CommenterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论者`)
};

export const role_editor = /** @type {(inputs: Role_EditorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`编辑者`)
};

export const role_viewer = /** @type {(inputs: Role_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`查看者`)
};

export const rt_add_row = /** @type {(inputs: Rt_Add_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加人员`)
};

export const rt_blank = /** @type {(inputs: Rt_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`—`)
};

export const rt_contact_create = /** @type {(inputs: Rt_Contact_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`存为联系人`)
};

export const rt_contact_linked = /** @type {(inputs: Rt_Contact_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已关联客户联系人`)
};

export const rt_contact_new = /** @type {(inputs: Rt_Contact_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新建联系人:${i?.name}`)
};

export const rt_details = /** @type {(inputs: Rt_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`详情`)
};

export const rt_due = /** @type {(inputs: Rt_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`截止日期`)
};

export const rt_empty = /** @type {(inputs: Rt_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有人员。添加客户方的相关人员。`)
};

export const rt_influence = /** @type {(inputs: Rt_InfluenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`影响力`)
};

export const rt_mode = /** @type {(inputs: Rt_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`反馈模式`)
};

export const rt_move_down = /** @type {(inputs: Rt_Move_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下移`)
};

export const rt_move_up = /** @type {(inputs: Rt_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上移`)
};

export const rt_next_action = /** @type {(inputs: Rt_Next_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`补救措施`)
};

export const rt_org_result = /** @type {(inputs: Rt_Org_ResultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`组织结果`)
};

export const rt_owner = /** @type {(inputs: Rt_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`负责人`)
};

export const rt_pains = /** @type {(inputs: Rt_PainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`痛苦点/关注点`)
};

export const rt_person = /** @type {(inputs: Rt_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`人员`)
};

export const rt_personal_win = /** @type {(inputs: Rt_Personal_WinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`个人赢`)
};

export const rt_remove_row = /** @type {(inputs: Rt_Remove_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除`)
};

export const rt_role = /** @type {(inputs: Rt_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`决策角色`)
};

export const rt_support = /** @type {(inputs: Rt_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`支持度`)
};

export const rt_title = /** @type {(inputs: Rt_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`职务`)
};

export const rt_why = /** @type {(inputs: Rt_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原因`)
};

export const save = /** @type {(inputs: SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存`)
};

export const save_all_saved = /** @type {(inputs: Save_All_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有修改已保存`)
};

export const save_on_device = /** @type {(inputs: Save_On_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`本设备上有 ${i?.count} 处修改尚未保存`)
};

export const save_saved = /** @type {(inputs: Save_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已保存`)
};

export const save_saving = /** @type {(inputs: Save_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存中…`)
};

export const save_unconfirmed = /** @type {(inputs: Save_UnconfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未经服务器确认`)
};

export const sc_avoid = /** @type {(inputs: Sc_AvoidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`避免的错误`)
};

export const sc_buyer_track = /** @type {(inputs: Sc_Buyer_TrackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户采购阶段`)
};

export const sc_cares = /** @type {(inputs: Sc_CaresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户最关心`)
};

export const sc_current = /** @type {(inputs: Sc_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前阶段`)
};

export const sc_customer_confirmed = /** @type {(inputs: Sc_Customer_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户已确认`)
};

export const sc_needs_confirmation = /** @type {(inputs: Sc_Needs_ConfirmationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户确认后才算完成`)
};

export const sc_optional = /** @type {(inputs: Sc_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`可选`)
};

export const sc_pseudo = /** @type {(inputs: Sc_PseudoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`伪商机:缺少${i?.missing}。`)
};

export const sc_qualification = /** @type {(inputs: Sc_QualificationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机是否真实?`)
};

export const sc_real = /** @type {(inputs: Sc_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`真实商机:需求、预算、关键人都已具备。`)
};

export const sc_sales_track = /** @type {(inputs: Sc_Sales_TrackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`销售阶段`)
};

export const sc_ticked_by = /** @type {(inputs: Sc_Ticked_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name},${i?.date}`)
};

export const sc_todo = /** @type {(inputs: Sc_TodoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该做什么`)
};

export const search_all_results = /** @type {(inputs: Search_All_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全部结果`)
};

export const search_empty = /** @type {(inputs: Search_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`没有找到“${i?.q}”。`)
};

export const search_failed = /** @type {(inputs: Search_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`暂时无法搜索。请检查网络后重试。`)
};

export const search_hint = /** @type {(inputs: Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`输入人名、公司或笔记里的词:方总、人才库、talent pool。`)
};

export const search_kind_account = /** @type {(inputs: Search_Kind_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

export const search_kind_checklist = /** @type {(inputs: Search_Kind_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段清单`)
};

export const search_kind_comment = /** @type {(inputs: Search_Kind_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论`)
};

export const search_kind_competition = /** @type {(inputs: Search_Kind_CompetitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争`)
};

export const search_kind_contact = /** @type {(inputs: Search_Kind_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`联系人`)
};

export const search_kind_deal = /** @type {(inputs: Search_Kind_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

export const search_kind_notes = /** @type {(inputs: Search_Kind_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`笔记`)
};

export const search_kind_person = /** @type {(inputs: Search_Kind_PersonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`角色分析表 · ${i?.name}`)
};

export const search_kind_pullback1 = /** @type {(inputs: Search_Kind_Pullback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`拉回计划`)
};

export const search_kind_resources = /** @type {(inputs: Search_Kind_ResourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`资源计划`)
};

export const search_local = /** @type {(inputs: Search_LocalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`离线:结果来自本设备保存的商机。`)
};

export const search_nav = /** @type {(inputs: Search_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`搜索`)
};

export const search_palette_label = /** @type {(inputs: Search_Palette_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全局搜索(Ctrl+K)`)
};

export const search_placeholder = /** @type {(inputs: Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`搜索商机、人员、笔记、评论…`)
};

export const search_title = /** @type {(inputs: Search_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`搜索`)
};

export const settings_only_managers = /** @type {(inputs: Settings_Only_ManagersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有工作区所有者或经理可以修改设置。`)
};

export const settings_saved = /** @type {(inputs: Settings_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已保存。`)
};

export const settings_scale = /** @type {(inputs: Settings_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建角色表使用的支持度量表`)
};

export const settings_scale_eleven = /** @type {(inputs: Settings_Scale_ElevenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`11 级(详细):−5 坚决反对 … +5 全力支持`)
};

export const settings_scale_five = /** @type {(inputs: Settings_Scale_FiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`5 级:−2 非常反对 … +2 非常支持`)
};

export const settings_scale_note = /** @type {(inputs: Settings_Scale_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已有的角色表保持创建时的量表。`)
};

export const settings_title = /** @type {(inputs: Settings_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`工作区设置`)
};

export const sign_in = /** @type {(inputs: Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登录`)
};

export const sign_out = /** @type {(inputs: Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退出登录`)
};

export const sign_out_anyway = /** @type {(inputs: Sign_Out_AnywayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`仍然退出`)
};

export const sign_out_offline = /** @type {(inputs: Sign_Out_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退出登录需要网络连接,以免本设备上的内容丢失。`)
};

export const sign_out_warning = /** @type {(inputs: Sign_Out_WarningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`本设备上有 ${i?.count} 处修改尚未同步到服务器。退出登录会删除本设备上的作战室副本,这些修改也会一并删除。`)
};

export const sign_out_warning_title = /** @type {(inputs: Sign_Out_Warning_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有未保存的修改,仍要退出吗?`)
};

export const sign_up = /** @type {(inputs: Sign_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`注册账号`)
};

export const signup_confirm_button = /** @type {(inputs: Signup_Confirm_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`创建我的账户`)
};

export const signup_confirm_lead = /** @type {(inputs: Signup_Confirm_LeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`为 ${i?.name} 创建账户 ${i?.email}？`)
};

export const signup_confirm_title = /** @type {(inputs: Signup_Confirm_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`完成注册`)
};

export const signup_gone = /** @type {(inputs: Signup_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此注册链接已过期或已被使用。请重新注册；如果账户已存在，请直接登录。`)
};

export const signup_sent = /** @type {(inputs: Signup_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`我们已向 ${i?.email} 发送邮件。打开其中的链接即可完成注册（仅可使用一次，24 小时内有效）。如果该邮箱已有账户，邮件会说明如何登录。`)
};

export const slash_empty = /** @type {(inputs: Slash_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`没有匹配的模块`)
};

export const slash_hint = /** @type {(inputs: Slash_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`输入 / 插入模块`)
};

export const status_connected = /** @type {(inputs: Status_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实时协作`)
};

export const status_connecting = /** @type {(inputs: Status_ConnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`连接中…`)
};

export const status_lost = /** @type {(inputs: Status_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`丢单`)
};

export const status_offline = /** @type {(inputs: Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`离线`)
};

export const status_open = /** @type {(inputs: Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`进行中`)
};

export const status_won = /** @type {(inputs: Status_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单`)
};

export const stay_signed_in = /** @type {(inputs: Stay_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保持登录`)
};

export const sync_closed_auth = /** @type {(inputs: Sync_Closed_AuthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登录已过期。请重新登录;在此之前,本页面上的修改会保留。`)
};

export const sync_closed_error = /** @type {(inputs: Sync_Closed_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`连接已关闭:${i?.reason}`)
};

export const sync_closed_forbidden = /** @type {(inputs: Sync_Closed_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你已无权访问此商机。`)
};

export const sync_denied = /** @type {(inputs: Sync_DeniedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`服务器拒绝了你的修改:你已不能编辑这个作战室。本设备上的副本会保留,可在下方复制出来。`)
};

export const sync_paused_rate = /** @type {(inputs: Sync_Paused_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`短时间内修改过多：服务器暂停了此连接，稍后会自动重连；保存前你的修改都保留在本设备上。`)
};

export const sync_paused_server = /** @type {(inputs: Sync_Paused_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`服务器处理此商机时出现问题，正在自动重连；保存前你的修改都保留在本设备上。`)
};

export const tb_bold = /** @type {(inputs: Tb_BoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加粗`)
};

export const tb_bullets = /** @type {(inputs: Tb_BulletsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无序列表`)
};

export const tb_code = /** @type {(inputs: Tb_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`代码`)
};

export const tb_code_block = /** @type {(inputs: Tb_Code_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`代码块`)
};

export const tb_h1 = /** @type {(inputs: Tb_H1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一级标题`)
};

export const tb_h2 = /** @type {(inputs: Tb_H2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`二级标题`)
};

export const tb_h3 = /** @type {(inputs: Tb_H3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`三级标题`)
};

export const tb_italic = /** @type {(inputs: Tb_ItalicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`斜体`)
};

export const tb_link = /** @type {(inputs: Tb_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`链接`)
};

export const tb_link_prompt = /** @type {(inputs: Tb_Link_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`链接地址(https://、http:// 或 mailto:)`)
};

export const tb_link_refused = /** @type {(inputs: Tb_Link_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只允许 https://、http:// 和 mailto: 链接。`)
};

export const tb_numbers = /** @type {(inputs: Tb_NumbersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有序列表`)
};

export const tb_quote = /** @type {(inputs: Tb_QuoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`引用`)
};

export const tb_redo = /** @type {(inputs: Tb_RedoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重做`)
};

export const tb_rule = /** @type {(inputs: Tb_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`分隔线`)
};

export const tb_strike = /** @type {(inputs: Tb_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除线`)
};

export const tb_table = /** @type {(inputs: Tb_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`表格`)
};

export const tb_tasks = /** @type {(inputs: Tb_TasksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`任务列表`)
};

export const tb_undo = /** @type {(inputs: Tb_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`撤销`)
};

export const team_actions = /** @type {(inputs: Team_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`操作`)
};

export const team_copied = /** @type {(inputs: Team_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已复制`)
};

export const team_copy = /** @type {(inputs: Team_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`复制`)
};

export const team_error_already_invited = /** @type {(inputs: Team_Error_Already_InvitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该邮箱已有一个待接受的邀请。如需重新发送，请先撤销。`)
};

export const team_error_already_member = /** @type {(inputs: Team_Error_Already_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此人已是此工作区的成员。`)
};

export const team_error_forbidden = /** @type {(inputs: Team_Error_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你在此工作区的角色不允许此操作。请联系所有者。`)
};

export const team_error_invalid = /** @type {(inputs: Team_Error_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`表单中有无效内容。请检查后重试。`)
};

export const team_error_last_owner = /** @type {(inputs: Team_Error_Last_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`工作区必须有一位所有者：请先将其他人设为所有者。`)
};

export const team_error_link_gone = /** @type {(inputs: Team_Error_Link_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此链接已过期、已被使用或已被撤销。请联系发送人重新发送。`)
};

export const team_error_not_member = /** @type {(inputs: Team_Error_Not_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此人不是（或已不是）此工作区的成员。请刷新页面。`)
};

export const team_error_wrong_email = /** @type {(inputs: Team_Error_Wrong_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请发给了另一个邮箱。请用该邮箱登录，或请对方重新邀请。`)
};

export const team_expires = /** @type {(inputs: Team_ExpiresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`过期时间`)
};

export const team_invite = /** @type {(inputs: Team_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邀请`)
};

export const team_invite_mail_off = /** @type {(inputs: Team_Invite_Mail_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此服务器不发送邮件：请复制邀请链接并自行发送。`)
};

export const team_invite_mail_on = /** @type {(inputs: Team_Invite_Mail_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我们会发送邀请邮件；你也会得到邀请链接，可自行分享。`)
};

export const team_invite_title = /** @type {(inputs: Team_Invite_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邀请同事`)
};

export const team_invited = /** @type {(inputs: Team_InvitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已为 ${i?.email} 创建邀请。`)
};

export const team_invited_by = /** @type {(inputs: Team_Invited_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邀请人`)
};

export const team_joined = /** @type {(inputs: Team_JoinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加入时间`)
};

export const team_last_active = /** @type {(inputs: Team_Last_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最近活动`)
};

export const team_leave = /** @type {(inputs: Team_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退出`)
};

export const team_leave_confirm = /** @type {(inputs: Team_Leave_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`确定退出此工作区?你将立即失去其所有商机的访问权限。`)
};

export const team_link = /** @type {(inputs: Team_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`链接`)
};

export const team_mail_failed = /** @type {(inputs: Team_Mail_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`邮件发送失败（${i?.reason}）。邀请仍然有效：请复制链接自行发送。`)
};

export const team_mail_sent = /** @type {(inputs: Team_Mail_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邀请链接已通过邮件发送。`)
};

export const team_members = /** @type {(inputs: Team_MembersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`工作区成员（${i?.count}）`)
};

export const team_name = /** @type {(inputs: Team_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`团队名称`)
};

export const team_never = /** @type {(inputs: Team_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从未`)
};

export const team_pending = /** @type {(inputs: Team_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`待接受的邀请`)
};

export const team_pending_none = /** @type {(inputs: Team_Pending_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`没有待接受的邀请。`)
};

export const team_remove = /** @type {(inputs: Team_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`移除`)
};

export const team_remove_confirm = /** @type {(inputs: Team_Remove_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`确定将 ${i?.name} 移出此工作区?其商机访问权限将立即终止；其评论会保留。`)
};

export const team_removed = /** @type {(inputs: Team_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已移除。其打开的商机已被关闭。`)
};

export const team_reset_link = /** @type {(inputs: Team_Reset_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重置链接`)
};

export const team_reset_link_made = /** @type {(inputs: Team_Reset_Link_MadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 的密码重置链接：仅可使用一次，一小时内有效。请自行发送给对方。`)
};

export const team_revoke = /** @type {(inputs: Team_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`撤销`)
};

export const team_role = /** @type {(inputs: Team_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`角色`)
};

export const team_role_changed = /** @type {(inputs: Team_Role_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`角色已修改。`)
};

export const team_role_of = /** @type {(inputs: Team_Role_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 的角色`)
};

export const team_share_by_hand = /** @type {(inputs: Team_Share_By_HandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请手动分享此链接；仅可使用一次，7 天内有效。`)
};

export const team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`成员`)
};

export const team_transfer = /** @type {(inputs: Team_TransferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设为所有者`)
};

export const team_transfer_confirm = /** @type {(inputs: Team_Transfer_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`确定将所有权转交给 ${i?.name}?你将成为经理。`)
};

export const team_transferred = /** @type {(inputs: Team_TransferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有权已转交。你现在是经理。`)
};

export const team_you = /** @type {(inputs: Team_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你`)
};

export const template_add_competitor = /** @type {(inputs: Template_Add_CompetitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加竞争对手`)
};

export const template_add_item = /** @type {(inputs: Template_Add_ItemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加条目`)
};

export const template_add_resource = /** @type {(inputs: Template_Add_ResourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加资源`)
};

export const template_checklist_title = /** @type {(inputs: Template_Checklist_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段清单`)
};

export const template_competitors_intro = /** @type {(inputs: Template_Competitors_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`团队常遇到的竞争对手。每个商机的竞争模块都可以一键添加。`)
};

export const template_competitors_title = /** @type {(inputs: Template_Competitors_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`常见竞争对手`)
};

export const template_intro = /** @type {(inputs: Template_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新商机的阶段清单使用这些条目;已有商机保持原样。`)
};

export const template_invalid = /** @type {(inputs: Template_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每个条目都需要文字,请检查后重新保存。`)
};

export const template_required = /** @type {(inputs: Template_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`必需`)
};

export const template_resources_intro = /** @type {(inputs: Template_Resources_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`团队常调用的人和资产。每个商机的资源计划都可以一键添加。`)
};

export const template_resources_title = /** @type {(inputs: Template_Resources_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我们可调用的资源`)
};

export const template_title = /** @type {(inputs: Template_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机模板:各阶段的退出标准`)
};

export const ws_create = /** @type {(inputs: Ws_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建工作区`)
};

export const ws_none = /** @type {(inputs: Ws_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你目前不属于任何工作区。请新建一个，或请同事邀请你。`)
};

export const ws_open = /** @type {(inputs: Ws_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打开`)
};

export const ws_role_manager = /** @type {(inputs: Ws_Role_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`经理`)
};

export const ws_role_member = /** @type {(inputs: Ws_Role_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`成员`)
};

export const ws_role_owner = /** @type {(inputs: Ws_Role_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有者`)
};

export const ws_switch = /** @type {(inputs: Ws_SwitchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`切换工作区`)
};

export const ws_title = /** @type {(inputs: Ws_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我的工作区`)
};

export const your_name = /** @type {(inputs: Your_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`姓名`)
};